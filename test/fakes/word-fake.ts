/**
 * A hand-written fake of the parts of Word's JavaScript API that KoKI uses,
 * faithful where it matters for correctness:
 * - properties must be loaded and synced before they are read;
 * - queued writes take effect at context.sync(), all or nothing;
 * - objects from an ended Word.run are invalid unless tracked;
 * - tracked ranges move with edits made before them, like Word's.
 * The document is a string whose paragraphs end in "\r", as Range.text shows them.
 */

type Location = "Replace" | "Start" | "End" | "Before" | "After";

class PropertyNotLoadedError extends Error {
  code = "PropertyNotLoaded";
}

class InvalidObjectPathError extends Error {
  code = "InvalidObjectPath";
}

export class FakeWordDocument {
  text: string;
  selection = { start: 0, end: 0 };
  syncCount = 0;
  /** Makes the sync with this number (counting from 1) fail, like a lost connection. */
  failAtSync?: number;
  readonly ranges = new Set<FakeRange>();

  constructor(paragraphs: string[]) {
    this.text = paragraphs.join("\r");
  }

  get paragraphs(): string[] {
    return this.text.split("\r");
  }

  /** Simulates the user selecting text (by offsets). */
  select(start: number, end: number): void {
    this.selection = { start, end };
  }

  selectText(passage: string): void {
    const start = this.text.indexOf(passage);
    if (start < 0) throw new Error(`passage not in document: ${passage}`);
    this.select(start, start + passage.length);
  }

  /** Simulates the user typing at an offset; tracked ranges move like in Word. */
  type(at: number, typed: string): void {
    this.splice(at, at, typed);
  }

  splice(start: number, end: number, inserted: string): void {
    this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
    const delta = inserted.length - (end - start);
    for (const range of this.ranges) {
      if (range.start >= end) range.start += delta;
      else if (range.start > start) range.start = start;
      if (range.end >= end) range.end += delta;
      else if (range.end > start) range.end = start + inserted.length;
    }
  }
}

class FakeRequestContext {
  private readonly queue: (() => void)[] = [];
  private readonly loads: (() => void)[] = [];
  readonly created = new Set<FakeRange>();
  readonly trackedObjects = {
    add: (range: FakeRange) => this.queue.push(() => (range.tracked = true)),
    remove: (range: FakeRange) => this.queue.push(() => (range.tracked = false)),
  };
  readonly document: { getSelection(): FakeRange; body: { getRange(location: "Whole"): FakeRange } };

  constructor(readonly doc: FakeWordDocument) {
    this.document = {
      getSelection: () => new FakeRange(this, () => ({ ...doc.selection })),
      body: { getRange: () => new FakeRange(this, () => ({ start: 0, end: doc.text.length })) },
    };
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  enqueueLoad(op: () => void): void {
    this.loads.push(op);
  }

  async sync(): Promise<void> {
    this.doc.syncCount += 1;
    await Promise.resolve();
    const ops = this.queue.splice(0);
    const loads = this.loads.splice(0);
    if (this.doc.failAtSync === this.doc.syncCount) {
      throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    }
    const before = this.doc.text;
    const positions = [...this.doc.ranges].map((range) => [range, range.start, range.end] as const);
    try {
      for (const op of ops) op();
    } catch (error) {
      // A failed batch changes nothing.
      this.doc.text = before;
      for (const [range, start, end] of positions) Object.assign(range, { start, end });
      throw error;
    }
    for (const load of loads) load();
  }
}

export class FakeRange {
  start = 0;
  end = 0;
  tracked = false;
  valid = true;
  private resolved = false;
  private loadedText?: string;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolve: () => { start: number; end: number },
    resolveNow = true,
  ) {
    context.created.add(this);
    if (resolveNow) this.enqueueResolve();
  }

  /** The range's position is fixed when the batch runs, like a proxy object's path. */
  enqueueResolve(): void {
    this.context.enqueue(() => {
      Object.assign(this, this.resolve());
      this.resolved = true;
      this.context.doc.ranges.add(this);
    });
  }

  /** For collection items: a range that exists once its collection is loaded, with its text loaded too. */
  materialize(span: { start: number; end: number }): this {
    Object.assign(this, span);
    this.resolved = true;
    this.loadedText = this.context.doc.text.slice(span.start, span.end);
    this.context.doc.ranges.add(this);
    return this;
  }

  /** Using an untracked range from an ended batch fails, as in Word. */
  private check(): void {
    if (!this.valid) throw new InvalidObjectPathError("The object path is not valid: the range was not tracked.");
    if (!this.resolved) throw new InvalidObjectPathError("The range was used before its batch ran.");
  }

  load(_properties: "text"): this {
    this.context.enqueue(() => this.check());
    this.context.enqueueLoad(() => {
      this.loadedText = this.context.doc.text.slice(this.start, this.end);
    });
    return this;
  }

  get text(): string {
    if (this.loadedText === undefined) {
      throw new PropertyNotLoadedError("The property 'text' is not available. Call load and context.sync() first.");
    }
    return this.loadedText;
  }

  insertText(text: string, location: Location): FakeRange {
    return this.insert(text.replace(/\r\n|\n/gu, "\r"), location);
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeRange {
    return this.insert(text.replace(/\r\n|\n/gu, "\r"), location === "After" ? "ParagraphAfter" : "ParagraphBefore");
  }

  /** The paragraphs overlapping this range, as a collection that must be loaded. */
  get paragraphs(): FakeCollection {
    return new FakeCollection(this.context, () => {
      const doc = this.context.doc;
      const spans: { start: number; end: number }[] = [];
      let start = 0;
      for (const paragraph of doc.text.split("\r")) {
        const end = start + paragraph.length;
        if (end >= this.start && start <= this.end) spans.push({ start, end });
        start = end + 1;
      }
      return spans;
    });
  }

  /** Word's search: at most 255 characters, results in document order. */
  search(text: string, _options?: { matchCase?: boolean }): FakeCollection {
    if (text.length > 255) throw Object.assign(new Error("SearchStringInvalidOrTooLong"), { code: "SearchStringInvalidOrTooLong" });
    return new FakeCollection(this.context, () => {
      const within = this.context.doc.text.slice(this.start, this.end);
      const spans: { start: number; end: number }[] = [];
      for (let at = within.indexOf(text); at >= 0; at = within.indexOf(text, at + 1)) spans.push({ start: this.start + at, end: this.start + at + text.length });
      return spans;
    });
  }

  select(_mode?: string): void {
    this.context.enqueue(() => {
      this.check();
      this.context.doc.select(this.start, this.end);
    });
  }

  private insert(text: string, location: Location | "ParagraphAfter" | "ParagraphBefore"): FakeRange {
    const doc = this.context.doc;
    let span = { start: 0, end: 0 };
    const result = new FakeRange(this.context, () => span, false);
    this.context.enqueue(() => {
      this.check();
      let at: number;
      let inserted = text;
      switch (location) {
        case "Replace":
          doc.splice(this.start, this.end, text);
          span = { start: this.start, end: this.start + text.length };
          return;
        case "Start":
        case "Before":
          at = this.start;
          break;
        case "End":
        case "After":
          at = this.end;
          break;
        case "ParagraphBefore": {
          at = doc.text.lastIndexOf("\r", this.start - 1) + 1;
          inserted = `${text}\r`;
          break;
        }
        case "ParagraphAfter": {
          const next = doc.text.indexOf("\r", this.end);
          at = next < 0 ? doc.text.length : next;
          inserted = `\r${text}`;
          break;
        }
      }
      doc.splice(at, at, inserted);
      const offset = inserted.startsWith("\r") ? 1 : 0;
      span = { start: at + offset, end: at + offset + text.length };
    });
    // The inserted range exists only once the write has run.
    result.enqueueResolve();
    return result;
  }
}

/** A loadable collection of ranges (paragraphs, search results). Its items exist only after load and sync. */
export class FakeCollection {
  private loaded?: FakeRange[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly spans: () => { start: number; end: number }[],
  ) {}

  load(_properties?: string): this {
    this.context.enqueueLoad(() => {
      this.loaded = this.spans().map((span) => new FakeRange(this.context, () => span, false).materialize(span));
    });
    return this;
  }

  get items(): FakeRange[] {
    if (!this.loaded) throw Object.assign(new Error("The property 'items' is not available. Call load and context.sync() first."), { code: "PropertyNotLoaded" });
    return this.loaded;
  }
}

/** Installs `Word` and the bits of `Office` the adapter uses on globalThis. */
export function installFakeWord(doc: FakeWordDocument): { uninstall(): void; selectionChanged(): void } {
  const handlers = new Set<() => void>();
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args.at(-1) as (context: FakeRequestContext) => Promise<T>;
    const existing = args.length > 1 ? (args[0] as FakeRange).context : undefined;
    const context = existing ?? new FakeRequestContext(doc);
    if (existing) for (const range of context.created) range.valid = range.tracked;
    try {
      return await batch(context);
    } finally {
      // When the batch ends, untracked proxies become invalid.
      for (const range of context.created) if (!range.tracked) range.valid = false;
    }
  };
  const globals = globalThis as Record<string, unknown>;
  const previous = { Word: globals.Word, Office: globals.Office };
  globals.Word = { run };
  globals.Office = {
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    context: {
      document: {
        addHandlerAsync: (_type: string, handler: () => void) => handlers.add(handler),
        removeHandlerAsync: (_type: string, options: { handler: () => void }) => handlers.delete(options.handler),
      },
    },
  };
  return {
    uninstall: () => Object.assign(globals, previous),
    selectionChanged: () => handlers.forEach((handler) => handler()),
  };
}
