const PLACEHOLDER = /\[([A-Z][A-Z_]*?)_(\d{1,4})\]/giu;
/** The longest text that could still become a placeholder: "[" and up to 30 letters, digits and underscores. */
const PARTIAL = /\[[A-Za-z_]{0,24}(?:_\d{0,4})?$/u;

export interface UnmaskReport {
  /** Placeholders the model left out: their values are missing from the result. */
  dropped: string[];
  /** Placeholder-like text the model made up: left as it is, never filled in. */
  invented: string[];
}

/**
 * Puts the original values back into streamed text, including placeholders
 * split across chunks: text that may still turn into a placeholder is held
 * back until it can be decided. The result does not depend on chunking.
 */
export class Unmasker {
  private pending = "";
  private readonly seen = new Set<string>();
  private readonly invented = new Set<string>();

  constructor(private readonly values: ReadonlyMap<string, string>) {}

  push(chunk: string): string {
    this.pending += chunk;
    const partial = PARTIAL.exec(this.pending);
    const cut = partial ? partial.index : this.pending.length;
    const ready = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return this.restore(ready);
  }

  end(): string {
    const rest = this.restore(this.pending);
    this.pending = "";
    return rest;
  }

  report(): UnmaskReport {
    return { dropped: [...this.values.keys()].filter((placeholder) => !this.seen.has(placeholder)), invented: [...this.invented] };
  }

  private restore(text: string): string {
    return text.replace(PLACEHOLDER, (match, type: string, number: string) => {
      const placeholder = `[${type.toUpperCase()}_${number}]`;
      const value = this.values.get(placeholder);
      if (value === undefined) {
        this.invented.add(match);
        return match;
      }
      this.seen.add(placeholder);
      return value;
    });
  }
}
