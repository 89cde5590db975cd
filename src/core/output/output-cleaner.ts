import { pendingDelimiterLength, removeDocumentDelimiters } from "../tasks/document-delimiter";

/**
 * Cleans model output while it streams, so the clerk never sees clutter
 * flash by: reasoning blocks (<think>…</think>), KoKI's own document
 * delimiters repeated by the model (only those: other text in angle
 * brackets, such as "<j.reuter@mail.example>", stays), a chatty first line
 * ("Hier ist der umgeschriebene Text:"), and a code fence wrapped around
 * the whole answer. Text is held back only while it might still turn out
 * to be clutter; the result does not depend on how the stream was chunked.
 */

const THINK_OPEN = /<(think|thinking|reasoning)>/iu;
const THINK_CLOSE = /<\/(think|thinking|reasoning)>/iu;
const TAG_PREFIXES = ["<think>", "<thinking>", "<reasoning>"];
const CLOSE_PREFIXES = ["</think>", "</thinking>", "</reasoning>"];

/** A first line that only announces the answer. */
const PREAMBLE = [
  /^(hier (ist|sind|kommt|folgt)|gerne?|natürlich|selbstverständlich|klar|okay|ok|sure|certainly|of course|here (is|are|'s)|nachfolgend|im folgenden|folgend)\b.{0,140}:$/iu,
  /^(gerne?|natürlich|selbstverständlich|klar|sure|certainly|of course)[!.]?$/iu,
  /^[*#_\s]*((der |die |das )?(umgeschriebene|überarbeitete|korrigierte|gekürzte|übersetzte|vereinfachte)[^:\n]{0,40}|(text|fassung|version|ergebnis|zusammenfassung|übersetzung)( in [^:\n]{0,30})?)\s*:?[*_\s]*:?[*_\s]*$/iu,
];

const FIRST_LINE_LIMIT = 200;

/** How a clutter line can begin; any other first line is shown at once. */
const CLUTTER_STARTS = [
  "```",
  "hier ",
  "gern",
  "natürlich",
  "selbstverständlich",
  "klar",
  "okay",
  "ok",
  "sure",
  "certainly",
  "of course",
  "here",
  "nachfolgend",
  "im folgenden",
  "folgend",
  "umgeschrieben",
  "überarbeitet",
  "korrigiert",
  "gekürzt",
  "übersetzt",
  "vereinfacht",
  "text",
  "fassung",
  "version",
  "ergebnis",
  "zusammenfassung",
  "übersetzung",
];

/** True while a first line that has not ended could still turn out to be clutter. */
function mayBeClutter(partial: string): boolean {
  let line = partial.toLowerCase().replace(/^[*#_\s]+/u, "");
  if (line === "") return true;
  if (["der ", "die ", "das "].some((article) => article.startsWith(line))) return true;
  line = line.replace(/^(der|die|das) /u, "");
  return CLUTTER_STARTS.some((start) => start.startsWith(line) || line.startsWith(start));
}

function endsWithPrefixOf(text: string, candidates: string[]): number {
  const lower = text.toLowerCase();
  let longest = 0;
  for (const candidate of candidates) {
    for (let n = Math.min(candidate.length - 1, lower.length); n > longest; n--) {
      if (lower.endsWith(candidate.slice(0, n))) {
        longest = n;
        break;
      }
    }
  }
  return longest;
}

export class OutputCleaner {
  private pending = "";
  private inThink = false;
  /** Before the opening is decided: the text so far. */
  private head = "";
  private started = false;
  private fenced = false;
  /** Trailing whitespace (and, inside a fence, a last line of backticks), released only if more text follows. */
  private tail = "";

  /** Adds a piece of the stream; returns the text that is safe to show now. */
  push(chunk: string): string {
    this.pending += chunk;
    return this.drain(false);
  }

  /** Ends the stream; returns what was still held back, minus clutter. */
  end(): string {
    return this.drain(true);
  }

  private drain(final: boolean): string {
    let out = "";
    for (;;) {
      if (this.inThink) {
        const close = THINK_CLOSE.exec(this.pending);
        if (!close) {
          // Keep only what could be the start of the closing tag.
          const keep = final ? 0 : endsWithPrefixOf(this.pending, CLOSE_PREFIXES);
          this.pending = this.pending.slice(this.pending.length - keep);
          return final ? out + this.finish() : out;
        }
        this.pending = this.pending.slice(close.index + close[0].length);
        this.inThink = false;
        continue;
      }
      const open = THINK_OPEN.exec(this.pending);
      if (open) {
        out += this.emit(removeDocumentDelimiters(this.pending.slice(0, open.index)));
        this.pending = this.pending.slice(open.index + open[0].length);
        this.inThink = true;
        continue;
      }
      // Hold back a tag that may still be arriving.
      const held = final ? 0 : Math.max(endsWithPrefixOf(this.pending, TAG_PREFIXES), pendingDelimiterLength(this.pending));
      out += this.emit(removeDocumentDelimiters(this.pending.slice(0, this.pending.length - held)));
      this.pending = this.pending.slice(this.pending.length - held);
      return final ? out + this.finish() : out;
    }
  }

  /** Text outside think blocks: decide the opening once, then pass it on. */
  private emit(text: string): string {
    if (!this.started) {
      this.head += text;
      const rest = this.decideOpening(false);
      if (rest === undefined) return "";
      text = rest;
    }
    return this.release(text);
  }

  private release(text: string): string {
    const all = this.tail + text;
    let cut = /\s*$/u.exec(all)!.index;
    if (this.fenced) {
      const fence = /(^|\n)[ \t]*`{1,3}[ \t]*$/u.exec(all.slice(0, cut));
      if (fence) cut = fence.index;
    }
    this.tail = all.slice(cut);
    return all.slice(0, cut);
  }

  /** Strips leading whitespace, preamble lines and an opening fence once enough has arrived to tell. */
  private decideOpening(final: boolean): string | undefined {
    for (;;) {
      const trimmed = this.head.replace(/^\s+/u, "");
      const newline = trimmed.indexOf("\n");
      const lineComplete = newline >= 0 || final;
      if (!lineComplete && trimmed.length < FIRST_LINE_LIMIT && mayBeClutter(trimmed)) {
        this.head = trimmed;
        return undefined;
      }
      const firstLine = (newline < 0 ? trimmed : trimmed.slice(0, newline)).trim();
      const clutter =
        lineComplete && ((!this.fenced && /^```[\w-]*$/u.test(firstLine)) || (firstLine.length < FIRST_LINE_LIMIT && PREAMBLE.some((p) => p.test(firstLine))));
      if (clutter && firstLine !== "") {
        if (firstLine.startsWith("```")) this.fenced = true;
        this.head = newline < 0 ? "" : trimmed.slice(newline + 1);
        continue;
      }
      this.started = true;
      this.head = "";
      return trimmed;
    }
  }

  private finish(): string {
    const out = this.started ? "" : this.release(this.decideOpening(true) ?? "");
    // What is still held is trailing whitespace or the closing fence.
    this.tail = "";
    return out;
  }
}

/** Cleans a whole answer at once (non-streaming callers and tests). */
export function cleanOutput(text: string): string {
  const cleaner = new OutputCleaner();
  return cleaner.push(text) + cleaner.end();
}
