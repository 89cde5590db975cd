/**
 * A hand-written fake of the parts of Word's JavaScript API that KoKI uses,
 * faithful where it matters for correctness:
 * - properties must be loaded and synced before they are read;
 * - queued writes take effect at context.sync(), all or nothing;
 * - objects from an ended Word.run are invalid unless tracked;
 * - tracked ranges move with edits made before them, like Word's;
 * - paragraphs carry style, list membership and table nesting; new
 *   paragraphs inherit them from the paragraph they were split from;
 * - inserted text takes the character formatting of the text it replaces;
 * - with change tracking on, every edit is recorded as a revision;
 * - footnotes, endnotes, fields, hyperlinks, bookmarks, content controls,
 *   inline pictures, comments and tracked changes sit at offsets in the text
 *   and go when the text around them is replaced (word-fake-objects.ts);
 * - API calls above the installed WordApi version fail like a missing API.
 * The document is a string whose paragraphs end in "\r", as Range.text shows them.
 * It runs in Node (Jest) and, bundled, in the browser tests.
 */

import {
  MARKS,
  newObjectId,
  objectInRange,
  placeObjects,
  spliceObjects,
  touchesOnly,
  type FakeObject,
  type FakeObjectKind,
  type ObjectSpec,
} from "./word-fake-objects";

export type { FakeObject, ObjectSpec } from "./word-fake-objects";

type Location = "Replace" | "Start" | "End" | "Before" | "After";
type RangeLocation = "Whole" | "Content" | "Start" | "End" | "Before" | "After";
type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface ParagraphSpec {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  list?: { id?: number; level: number; ordered?: boolean };
  table?: boolean;
  /** Inline pictures at the paragraph's start. */
  pictures?: number;
  /** A content control around the paragraph's text. */
  contentControl?: boolean;
  objects?: ObjectSpec[];
}

interface ParagraphMeta {
  style: string;
  styleBuiltIn: string;
  list?: { id: number; level: number };
  table: boolean;
}

/** Character formatting, one entry per character of the text. */
interface CharFormat {
  bold: boolean;
  italic: boolean;
  size: number;
  superscript: boolean;
}

const PLAIN: CharFormat = { bold: false, italic: false, size: 11, superscript: false };

export interface Revision {
  type: "Added" | "Deleted";
  text: string;
  /** Objects a tracked deletion holds: accepting it removes them. */
  objects?: FakeObjectKind[];
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const HEADING_STYLE = /^(Heading|Überschrift)\s?(\d)$/u;

export class FakeWordDocument {
  text: string;
  meta: ParagraphMeta[];
  chars: CharFormat[];
  selection = { start: 0, end: 0 };
  syncCount = 0;
  changeTrackingMode: TrackingMode = "Off";
  readonly revisions: Revision[] = [];
  readonly comments: { text: string; anchor: string }[] = [];
  readonly htmlWrites: string[] = [];
  /** list id → level → numbering. */
  readonly lists = new Map<number, Map<number, "bullet" | "number">>();
  /** Makes the sync with this number (counting from 1) fail, like a lost connection. */
  failAtSync?: number;
  readonly ranges = new Set<FakeRange>();
  private nextListId = 100;

  objects: FakeObject[] = [];

  constructor(paragraphs: (string | ParagraphSpec)[]) {
    const specs = paragraphs.map((p) => (typeof p === "string" ? { text: p } : p));
    const texts: string[] = [];
    for (const spec of specs) {
      const objects: ObjectSpec[] = [
        ...Array.from({ length: spec.pictures ?? 0 }, () => ({ kind: "picture" as const, after: "" })),
        ...(spec.contentControl ? [{ kind: "contentControl" as const, on: spec.text }] : []),
        ...(spec.objects ?? []),
      ];
      const placed = placeObjects(spec.text, objects);
      const offset = texts.reduce((sum, text) => sum + text.length + 1, 0);
      this.objects.push(...placed.objects.map((object) => ({ ...object, start: object.start + offset, end: object.end + offset })));
      texts.push(placed.text);
    }
    this.text = texts.join("\r");
    this.chars = Array.from(this.text, (c) => ({ ...PLAIN, superscript: c === MARKS.footnote }));
    this.meta = specs.map((spec) => {
      const styleBuiltIn = spec.styleBuiltIn ?? (spec.style ? "Other" : spec.list ? "ListParagraph" : "Normal");
      if (spec.list) {
        const id = spec.list.id ?? 1;
        const levels = this.lists.get(id) ?? new Map();
        levels.set(spec.list.level, spec.list.ordered ? "number" : "bullet");
        this.lists.set(id, levels);
      }
      return {
        style: spec.style ?? styleBuiltIn,
        styleBuiltIn,
        list: spec.list ? { id: spec.list.id ?? 1, level: spec.list.level } : undefined,
        table: spec.table ?? false,
      };
    });
  }

  get paragraphs(): string[] {
    return this.text.split("\r");
  }

  /** The document as tests compare it: text, style, list and formatting per paragraph. */
  describe(): { text: string; style: string; list?: { id: number; level: number; ordered: boolean }; bold: string[]; italic: string[]; size: number }[] {
    let offset = 0;
    return this.paragraphs.map((text, index) => {
      const meta = this.meta[index]!;
      const chars = this.chars.slice(offset, offset + text.length);
      const runs = (flag: "bold" | "italic") =>
        text
          .split("")
          .map((c, i) => (chars[i]![flag] ? c : " "))
          .join("")
          .split(/ {2,}/u)
          .map((s) => s.trim())
          .filter(Boolean);
      offset += text.length + 1;
      return {
        text,
        style: meta.style,
        ...(meta.list ? { list: { ...meta.list, ordered: this.lists.get(meta.list.id)?.get(meta.list.level) === "number" } } : {}),
        bold: runs("bold"),
        italic: runs("italic"),
        size: chars[0]?.size ?? 11,
      };
    });
  }

  /** Simulates the user selecting text (by offsets). */
  select(start: number, end: number): void {
    this.selection = { start, end };
  }

  /** Selects paragraphs first…last (inclusive) as whole paragraphs. */
  selectParagraphs(first: number, last: number): void {
    this.select(this.paragraphSpan(first).start, this.paragraphSpan(last).end);
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

  paragraphIndexAt(offset: number): number {
    let count = 0;
    for (let i = 0; i < offset && i < this.text.length; i += 1) if (this.text[i] === "\r") count += 1;
    return count;
  }

  paragraphSpan(index: number): { start: number; end: number } {
    let start = 0;
    for (let i = 0; i < index; i += 1) start = this.text.indexOf("\r", start) + 1;
    const next = this.text.indexOf("\r", start);
    return { start, end: next < 0 ? this.text.length : next };
  }

  newListId(): number {
    this.nextListId += 1;
    return this.nextListId;
  }

  /** A paragraph's raised (superscript) characters: its note marks, unless the text next to them took their formatting. */
  raised(paragraph: number): string {
    const { start, end } = this.paragraphSpan(paragraph);
    return Array.from(this.text.slice(start, end))
      .filter((_, i) => this.chars[start + i]!.superscript)
      .join("");
  }

  /** The objects in a paragraph, with the text each covers (a mark's is its placeholder character). */
  objectsIn(paragraph: number): { kind: FakeObjectKind; text: string; detail: string }[] {
    const span = this.paragraphSpan(paragraph);
    return this.objects
      .filter((object) => objectInRange(object, span))
      .map((object) => ({ kind: object.kind, text: this.text.slice(object.start, object.end), detail: object.detail }));
  }

  splice(start: number, end: number, inserted: string): void {
    const removedText = this.text.slice(start, end);
    const { kept, removed } = spliceObjects(this.objects, start, end, inserted.length);
    this.objects = kept;
    if (this.changeTrackingMode !== "Off") {
      if (removedText) this.revisions.push({ type: "Deleted", text: removedText, ...(removed.length > 0 ? { objects: removed.map((o) => o.kind) } : {}) });
      if (inserted) {
        this.revisions.push({ type: "Added", text: inserted });
        this.objects.push({ id: newObjectId(), kind: "trackedChange", start, end: start + inserted.length, detail: "Added" });
        this.objects.sort((a, b) => a.start - b.start);
      }
    }
    // Paragraph formatting lives in the paragraph mark: the paragraph that ends in the
    // surviving mark keeps its own; paragraphs made by inserted marks copy the first one.
    const first = this.paragraphIndexAt(start);
    const last = this.paragraphIndexAt(end);
    const added = inserted.split("\r").length - 1;
    const split = { ...this.meta[first]! };
    this.meta.splice(first, last - first + 1, ...Array.from({ length: added + 1 }, (_, i) => (i === added ? this.meta[last]! : { ...split })));
    // Replacing text takes its formatting; inserting takes the formatting of the character before.
    const inherit = this.chars[end > start ? start : start - 1] ?? this.chars[start] ?? PLAIN;
    this.chars.splice(start, end - start, ...Array.from(inserted, () => ({ ...inherit })));
    this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
    const delta = inserted.length - (end - start);
    for (const range of this.ranges) {
      if (start === end) {
        // Pure insertion: ranges starting here move behind it; ranges ending here do not grow.
        const wasEmpty = range.start === range.end;
        if (range.start >= start) range.start += delta;
        if (range.end > start || (wasEmpty && range.end === start)) range.end += delta;
        continue;
      }
      if (range.start >= end) range.start += delta;
      else if (range.start > start) range.start = start;
      if (range.end >= end) range.end += delta;
      else if (range.end > start) range.end = start + inserted.length;
    }
  }

  snapshot(): unknown {
    return JSON.stringify([this.text, this.meta, this.chars, [...this.lists].map(([id, m]) => [id, [...m]]), this.revisions, this.comments, this.objects]);
  }

  restore(state: unknown, positions: (readonly [FakeRange, number, number])[]): void {
    const [text, meta, chars, lists, revisions, comments, objects] = JSON.parse(state as string);
    // Objects keep their identity, so that proxies made for them still find them.
    const byId = new Map(this.objects.map((object) => [object.id, object]));
    const restored = (objects as FakeObject[]).map((saved) => Object.assign(byId.get(saved.id) ?? saved, saved));
    Object.assign(this, { text, meta, chars, objects: restored });
    this.lists.clear();
    for (const [id, m] of lists) this.lists.set(id, new Map(m));
    this.revisions.splice(0, Infinity, ...revisions);
    this.comments.splice(0, Infinity, ...comments);
    for (const [range, s, e] of positions) Object.assign(range, { start: s, end: e });
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
  readonly document: FakeDocumentObject;

  constructor(
    readonly doc: FakeWordDocument,
    readonly api: number,
  ) {
    this.document = new FakeDocumentObject(this);
  }

  /** Fails like a missing API when the installed WordApi is older than `version`. */
  requires(version: number, what: string): void {
    if (this.api < version) throw officeError("ApiNotFound", `${what} needs WordApi 1.${Math.round((version - 1) * 10)}`);
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
    if (this.doc.failAtSync === this.doc.syncCount) throw officeError("GeneralException", "GeneralException");
    const before = this.doc.snapshot();
    const positions = [...this.doc.ranges].map((range) => [range, range.start, range.end] as const);
    try {
      for (const op of ops) op();
    } catch (error) {
      // A failed batch changes nothing.
      this.doc.restore(before, positions);
      throw error;
    }
    for (const load of loads) load();
  }
}

class FakeDocumentObject {
  private loadedMode?: TrackingMode;
  readonly body: { getRange(location: "Whole"): FakeRange };

  constructor(private readonly context: FakeRequestContext) {
    const doc = context.doc;
    this.body = { getRange: () => new FakeRange(context, () => ({ start: 0, end: doc.text.length })) };
  }

  getSelection(): FakeRange {
    return new FakeRange(this.context, () => ({ ...this.context.doc.selection }));
  }

  /** Bookmark names are case-insensitive; a missing one fails at sync (ItemNotFound). */
  getBookmarkRange(name: string): FakeRange {
    this.context.requires(1.4, "getBookmarkRange");
    return new FakeRange(this.context, () => {
      const bookmark = this.context.doc.objects.find((object) => object.kind === "bookmark" && object.detail.toLowerCase() === name.toLowerCase());
      if (!bookmark) throw officeError("ItemNotFound", `No bookmark named ${name}.`);
      return { start: bookmark.start, end: bookmark.end };
    });
  }

  load(properties: string): this {
    if (properties.includes("changeTrackingMode")) {
      this.context.requires(1.4, "changeTrackingMode");
      this.context.enqueueLoad(() => (this.loadedMode = this.context.doc.changeTrackingMode));
    }
    return this;
  }

  get changeTrackingMode(): TrackingMode {
    if (this.loadedMode === undefined) throw officeError("PropertyNotLoaded", "The property 'changeTrackingMode' is not available.");
    return this.loadedMode;
  }

  set changeTrackingMode(mode: TrackingMode) {
    this.context.requires(1.4, "changeTrackingMode");
    this.context.enqueue(() => (this.context.doc.changeTrackingMode = mode));
  }
}

export class FakeRange {
  start = 0;
  end = 0;
  tracked = false;
  valid = true;
  private resolved = false;
  protected loaded = new Map<string, unknown>();

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

  /** For collection items: an object that exists once its collection is loaded, with the requested properties loaded too. */
  materialize(span: { start: number; end: number }, properties: string[]): this {
    Object.assign(this, span);
    this.resolved = true;
    this.context.doc.ranges.add(this);
    this.loadNow(properties);
    return this;
  }

  /** Using an untracked object from an ended batch fails, as in Word. */
  protected check(): void {
    if (!this.valid) throw officeError("InvalidObjectPath", "The object path is not valid: the range was not tracked.");
    if (!this.resolved) throw officeError("InvalidObjectPath", "The range was used before its batch ran.");
  }

  protected readProperty(name: string): unknown {
    if (name === "text") return this.context.doc.text.slice(this.start, this.end);
    if (name === "isEmpty") {
      this.context.requires(1.3, "isEmpty");
      return this.start === this.end;
    }
    throw officeError("PropertyNotLoaded", `Unknown property ${name}`);
  }

  protected loadNow(properties: string[]): void {
    for (const name of properties) this.loaded.set(name, this.readProperty(name));
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError("PropertyNotLoaded", `The property '${name}' is not available. Call load and context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  load(properties: string): this {
    const names = properties.split(",").map((p) => p.trim());
    this.context.enqueue(() => this.check());
    this.context.enqueueLoad(() => this.loadNow(names));
    return this;
  }

  get text(): string {
    return this.get("text");
  }

  insertText(text: string, location: Location): FakeRange {
    return this.insert(text.replace(/\r\n|\n/gu, "\r"), location);
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeParagraph {
    const paragraph = new FakeParagraph(this.context, () => span, false);
    let span = { start: 0, end: 0 };
    this.context.enqueue(() => {
      this.check();
      const doc = this.context.doc;
      const clean = text.replace(/\r\n|\n/gu, " ");
      if (location === "After") {
        const at = doc.paragraphSpan(doc.paragraphIndexAt(this.end)).end;
        doc.splice(at, at, `\r${clean}`);
        span = { start: at + 1, end: at + 1 + clean.length };
      } else {
        const at = doc.paragraphSpan(doc.paragraphIndexAt(this.start)).start;
        doc.splice(at, at, `${clean}\r`);
        // The new paragraph sits before: it keeps the old one's formatting, as in Word.
        span = { start: at, end: at + clean.length };
      }
    });
    paragraph.enqueueResolve();
    return paragraph;
  }

  /** Writes HTML as Word would read it: block tags become paragraphs, other tags vanish. */
  insertHtml(html: string, location: "Replace" | "Start" | "End"): FakeRange {
    this.context.enqueue(() => this.context.doc.htmlWrites.push(html));
    const text = html
      .replace(/<\/(p|h\d|li)>/giu, "\n")
      .replace(/<[^>]+>/gu, "")
      .replace(/&lt;/gu, "<")
      .replace(/&gt;/gu, ">")
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, "&")
      .replace(/\n+$/u, "");
    return this.insertText(text, location);
  }

  insertComment(text: string): { text: string } {
    this.context.requires(1.4, "insertComment");
    this.context.enqueue(() => {
      this.check();
      const doc = this.context.doc;
      doc.comments.push({ text, anchor: doc.text.slice(this.start, this.end) });
      doc.objects.push({ id: newObjectId(), kind: "comment", start: this.start, end: this.end, detail: text });
      doc.objects.sort((a, b) => a.start - b.start);
    });
    return { text };
  }

  /** Start and End are the range's own edges; Before and After the points just outside it (the same for plain text). */
  getRange(location: RangeLocation = "Whole"): FakeRange {
    return new FakeRange(this.context, () => {
      if (location === "Start" || location === "Before") return { start: this.start, end: this.start };
      if (location === "End" || location === "After") return { start: this.end, end: this.end };
      return { start: this.start, end: this.end };
    });
  }

  intersectWith(other: FakeRange): FakeRange {
    this.context.requires(1.3, "intersectWith");
    return new FakeRange(this.context, () => {
      const start = Math.max(this.start, other.start);
      const end = Math.min(this.end, other.end);
      if (start > end) throw officeError("ItemNotFound", "The ranges do not intersect.");
      return { start, end };
    });
  }

  expandTo(other: FakeRange): FakeRange {
    this.context.requires(1.3, "expandTo");
    return new FakeRange(this.context, () => ({ start: Math.min(this.start, other.start), end: Math.max(this.end, other.end) }));
  }

  delete(): void {
    this.context.enqueue(() => {
      this.check();
      this.context.doc.splice(this.start, this.end, "");
    });
  }

  get font(): { bold: boolean; italic: boolean; size: number; superscript: boolean } {
    const set = (key: keyof CharFormat, value: boolean | number) =>
      this.context.enqueue(() => {
        this.check();
        for (let i = this.start; i < this.end; i += 1) (this.context.doc.chars[i] as unknown as Record<string, unknown>)[key] = value;
      });
    return {
      set bold(value: boolean) {
        set("bold", value);
      },
      set italic(value: boolean) {
        set("italic", value);
      },
      set size(value: number) {
        set("size", value);
      },
      set superscript(value: boolean) {
        set("superscript", value);
      },
    } as { bold: boolean; italic: boolean; size: number; superscript: boolean };
  }

  /** The paragraphs overlapping this range, as a collection that must be loaded. */
  get paragraphs(): FakeCollection<FakeParagraph> {
    return new FakeCollection(this.context, FakeParagraph, () => {
      const doc = this.context.doc;
      const spans: { start: number; end: number }[] = [];
      const first = doc.paragraphIndexAt(this.start);
      const last = doc.paragraphIndexAt(this.end);
      for (let index = first; index <= last; index += 1) spans.push(doc.paragraphSpan(index));
      return spans;
    });
  }

  get inlinePictures(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.2, "inlinePictures");
    return this.objectsOf("picture", (object) => new FakeObjectItem(this.context, object));
  }

  get contentControls(): FakeObjectCollection<FakeContentControl> {
    return this.objectsOf("contentControl", (object) => new FakeContentControl(this.context, object));
  }

  get footnotes(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.5, "footnotes");
    return this.objectsOf("footnote", (object) => new FakeObjectItem(this.context, object));
  }

  get endnotes(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.5, "endnotes");
    return this.objectsOf("endnote", (object) => new FakeObjectItem(this.context, object));
  }

  get fields(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.4, "fields");
    return this.objectsOf("field", (object) => new FakeObjectItem(this.context, object));
  }

  /** Hyperlinks as plain ranges over their text, as Word gives them. */
  getHyperlinkRanges(): FakeObjectCollection<FakeObjectRange> {
    this.context.requires(1.3, "getHyperlinkRanges");
    return this.objectsOf("hyperlink", (object) => new FakeObjectRange(this.context, object));
  }

  getComments(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.4, "getComments");
    return this.objectsOf("comment", (object) => new FakeObjectItem(this.context, object));
  }

  getTrackedChanges(): FakeObjectCollection<FakeObjectItem> {
    this.context.requires(1.6, "getTrackedChanges");
    return this.objectsOf("trackedChange", (object) => new FakeObjectItem(this.context, object));
  }

  /** Names of the bookmarks in the range; hidden ones (a leading "_") only when asked, touching ones only when asked. */
  getBookmarks(includeHidden = false, includeAdjacent = false): FakeClientResult<string[]> {
    this.context.requires(1.4, "getBookmarks");
    const result = new FakeClientResult<string[]>();
    this.context.enqueue(() => this.check());
    this.context.enqueueLoad(() => {
      const span = { start: this.start, end: this.end };
      result.value = this.context.doc.objects
        .filter((object) => object.kind === "bookmark" && (includeHidden || !object.detail.startsWith("_")))
        .filter((object) => (includeAdjacent ? objectInRange(object, span) : objectInRange(object, span) && !touchesOnly(object, span)))
        .map((object) => object.detail);
    });
    return result;
  }

  private objectsOf<T extends FakeLoadableItem>(kind: FakeObjectKind, make: (object: FakeObject) => T): FakeObjectCollection<T> {
    this.context.enqueue(() => this.check());
    return new FakeObjectCollection(this.context, () => this.context.doc.objects.filter((object) => object.kind === kind && objectInRange(object, this)), make);
  }

  get tables(): FakeCollection<FakeRange> {
    this.context.requires(1.3, "tables");
    return this.countedItems((meta) => (meta.table ? 1 : 0));
  }

  private countedItems(count: (meta: ParagraphMeta) => number): FakeCollection<FakeRange> {
    return new FakeCollection(this.context, FakeEmbeddedItem, () => {
      const doc = this.context.doc;
      const spans: { start: number; end: number }[] = [];
      for (let index = doc.paragraphIndexAt(this.start); index <= doc.paragraphIndexAt(this.end); index += 1) {
        for (let n = 0; n < count(doc.meta[index]!); n += 1) spans.push(doc.paragraphSpan(index));
      }
      return spans;
    });
  }

  /** Word's search: at most 255 characters, results in document order. */
  search(text: string, _options?: { matchCase?: boolean }): FakeCollection<FakeRange> {
    if (text.length > 255) throw officeError("SearchStringInvalidOrTooLong", "SearchStringInvalidOrTooLong");
    return new FakeCollection(this.context, FakeRange, () => {
      const within = this.context.doc.text.slice(this.start, this.end);
      const spans: { start: number; end: number }[] = [];
      for (let at = within.indexOf(text); at >= 0; at = within.indexOf(text, at + 1))
        spans.push({ start: this.start + at, end: this.start + at + text.length });
      return spans;
    });
  }

  select(_mode?: string): void {
    this.context.enqueue(() => {
      this.check();
      this.context.doc.select(this.start, this.end);
    });
  }

  private insert(text: string, location: Location): FakeRange {
    const doc = this.context.doc;
    let span = { start: 0, end: 0 };
    const result = new FakeRange(this.context, () => span, false);
    this.context.enqueue(() => {
      this.check();
      const own = { start: this.start, end: this.end };
      const at = location === "Start" || location === "Before" ? own.start : own.end;
      if (location === "Replace") doc.splice(own.start, own.end, text);
      else doc.splice(at, at, text);
      const from = location === "Replace" ? own.start : at;
      span = { start: from, end: from + text.length };
      // The range itself covers what was written into it (Replace, Start, End), not text put Before or After it.
      if (location === "Replace") Object.assign(this, span);
      if (location === "Start") Object.assign(this, { start: from, end: own.end + text.length });
      if (location === "End") Object.assign(this, { start: own.start, end: span.end });
    });
    // The inserted range exists only once the write has run.
    result.enqueueResolve();
    return result;
  }
}

/** A table: where it sits (KoKI only counts tables). */
export class FakeEmbeddedItem extends FakeRange {}

/** A value that exists once its batch has run (Office's ClientResult). */
export class FakeClientResult<T> {
  private loaded = false;
  private stored?: T;

  get value(): T {
    if (!this.loaded) throw officeError("PropertyNotLoaded", "The value is not available. Call context.sync() first.");
    return this.stored as T;
  }

  set value(value: T) {
    this.stored = value;
    this.loaded = true;
  }
}

/** What a collection of the document's objects needs of its items. */
interface FakeLoadableItem {
  materializeItem(properties: string[]): void;
}

/** The scalar properties each kind's items can load. */
const SCALARS: Partial<Record<FakeObjectKind, Record<string, (object: FakeObject, doc: FakeWordDocument) => unknown>>> = {
  footnote: { type: () => "Footnote" },
  endnote: { type: () => "Endnote" },
  field: { code: (object) => object.detail },
  comment: { id: (object) => String(object.id), content: (object) => object.detail },
  trackedChange: { type: (object) => object.detail, text: (object, doc) => doc.text.slice(object.start, object.end) },
  picture: { width: () => 100 },
};

/**
 * A note, field, comment, inline picture or tracked change: the scalars of
 * its kind, loadable like any proxy's, and ranges over it (a note's
 * reference, a field's result, a comment's or picture's range).
 */
export class FakeObjectItem implements FakeLoadableItem {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly object: FakeObject,
  ) {}

  materializeItem(properties: string[]): void {
    for (const name of properties) {
      const read = SCALARS[this.object.kind]?.[name];
      if (!read) throw officeError("PropertyNotLoaded", `Unknown property ${name}`);
      this.loaded.set(name, read(this.object, this.context.doc));
    }
  }

  private get<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError("PropertyNotLoaded", `The property '${name}' is not available. Call load and context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  get type(): string {
    return this.get("type");
  }
  get code(): string {
    return this.get("code");
  }
  get id(): string {
    return this.get("id");
  }

  /** A note's reference mark in the text. */
  get reference(): FakeRange {
    return this.getRange();
  }

  /** A field's result: the text it shows. */
  get result(): FakeRange {
    return this.getRange();
  }

  /** The object (or one of its edges) as a range, placed when the batch runs. */
  getRange(location: "Whole" | "Start" | "End" = "Whole"): FakeRange {
    if (this.object.kind === "picture") this.context.requires(1.3, "InlinePicture.getRange");
    return new FakeRange(this.context, () => {
      const { start, end } = this.object;
      if (location === "Start") return { start, end: start };
      if (location === "End") return { start: end, end };
      return { start, end };
    });
  }
}

/** A range over an object's text: a hyperlink's or a content control's. */
export class FakeObjectRange extends FakeRange implements FakeLoadableItem {
  constructor(
    context: FakeRequestContext,
    readonly object: FakeObject,
  ) {
    super(context, () => ({ start: object.start, end: object.end }), false);
  }

  materializeItem(properties: string[]): void {
    this.materialize({ start: this.object.start, end: this.object.end }, properties);
  }
}

export class FakeContentControl extends FakeObjectRange {
  protected override readProperty(name: string): unknown {
    if (name === "id") return this.object.id;
    return super.readProperty(name);
  }

  get id(): number {
    return this.get("id");
  }
}

/** The document's objects of one kind in a range; its items exist only after load and sync. */
export class FakeObjectCollection<T extends FakeLoadableItem> {
  private loaded?: T[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly objects: () => FakeObject[],
    private readonly make: (object: FakeObject) => T,
  ) {}

  load(properties = "items"): this {
    const names = itemProperties(properties);
    this.context.enqueueLoad(() => {
      this.loaded = this.objects().map((object) => {
        const item = this.make(object);
        item.materializeItem(names);
        return item;
      });
    });
    return this;
  }

  get items(): T[] {
    if (!this.loaded) throw officeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.loaded;
  }
}

/** A paragraph: a range over its text (without the mark) plus paragraph properties. */

export class FakeParagraph extends FakeRange {
  private get index(): number {
    return this.context.doc.paragraphIndexAt(this.start);
  }

  private get meta(): ParagraphMeta {
    return this.context.doc.meta[this.index]!;
  }

  protected override readProperty(name: string): unknown {
    const meta = this.meta;
    switch (name) {
      case "style":
        return meta.style;
      case "styleBuiltIn":
        this.context.requires(1.3, "styleBuiltIn");
        return meta.styleBuiltIn;
      case "isListItem":
        this.context.requires(1.3, "isListItem");
        return meta.list !== undefined;
      case "tableNestingLevel":
        this.context.requires(1.3, "tableNestingLevel");
        return meta.table ? 1 : 0;
      case "listItemOrNullObject/level":
        this.context.requires(1.3, "listItemOrNullObject");
        return meta.list?.level;
      case "listItemOrNullObject/listString": {
        this.context.requires(1.3, "listItemOrNullObject");
        if (!meta.list) return undefined;
        return this.context.doc.lists.get(meta.list.id)?.get(meta.list.level) === "number" ? "1." : "\u2022";
      }
      default:
        return super.readProperty(name);
    }
  }

  get style(): string {
    return this.get("style");
  }
  set style(name: string) {
    this.setMeta((meta) => Object.assign(meta, { style: name, styleBuiltIn: HEADING_STYLE.test(name) ? `Heading${HEADING_STYLE.exec(name)![2]}` : "Other" }));
  }

  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(name: string) {
    this.context.requires(1.3, "styleBuiltIn");
    this.setMeta((meta) => Object.assign(meta, { style: name, styleBuiltIn: name }));
  }

  get isListItem(): boolean {
    return this.get("isListItem");
  }

  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }

  get listItemOrNullObject(): { level: number | undefined; listString: string | undefined; isNullObject: boolean } {
    const level = this.get<number | undefined>("listItemOrNullObject/level");
    return { level, listString: this.get("listItemOrNullObject/listString"), isNullObject: level === undefined };
  }

  /** Setting the level of a paragraph that is not in a list fails, as in Word. */
  get listItem(): { level: number } {
    this.context.requires(1.3, "listItem");
    const set = (level: number) =>
      this.setMeta((meta) => {
        if (!meta.list) throw officeError("ItemNotFound", "The paragraph is not a list item.");
        meta.list = { ...meta.list, level };
      });
    return {
      set level(value: number) {
        set(value);
      },
    } as { level: number };
  }

  startNewList(): FakeList {
    this.context.requires(1.3, "startNewList");
    const list = new FakeList(this.context);
    this.setMeta((meta) => {
      list.id = this.context.doc.newListId();
      this.context.doc.lists.set(list.id, new Map([[0, "bullet"]]));
      meta.list = { id: list.id, level: 0 };
      Object.assign(meta, { style: "ListParagraph", styleBuiltIn: "ListParagraph" });
    });
    return list;
  }

  detachFromList(): void {
    this.context.requires(1.3, "detachFromList");
    this.setMeta((meta) => {
      if (!meta.list) throw officeError("ItemNotFound", "The paragraph is not a list item.");
      meta.list = undefined;
    });
  }

  /** Content: the text without the paragraph mark. Whole: with it. */
  override getRange(location: RangeLocation = "Whole"): FakeRange {
    if (location !== "Whole") return super.getRange(location);
    return new FakeRange(this.context, () => ({ start: this.start, end: Math.min(this.end + 1, this.context.doc.text.length) }));
  }

  private setMeta(change: (meta: ParagraphMeta) => void): void {
    this.context.enqueue(() => {
      this.check();
      const doc = this.context.doc;
      const index = this.index;
      doc.meta[index] = { ...doc.meta[index]! };
      change(doc.meta[index]!);
    });
  }
}

export class FakeList {
  id = 0;

  constructor(private readonly context: FakeRequestContext) {}

  setLevelBullet(level: number, _bullet: string): void {
    this.context.enqueue(() => this.context.doc.lists.get(this.id)!.set(level, "bullet"));
  }

  setLevelNumbering(level: number, _style: string, _format?: unknown[]): void {
    this.context.enqueue(() => this.context.doc.lists.get(this.id)!.set(level, "number"));
  }

  /** Appends a paragraph at the end of the list; it joins the list at level 0. */
  insertParagraph(text: string, _location: "End" | "Start"): FakeParagraph {
    let span = { start: 0, end: 0 };
    const paragraph = new FakeParagraph(this.context, () => span, false);
    this.context.enqueue(() => {
      const doc = this.context.doc;
      const last = doc.meta
        .map((meta, index) => (meta.list?.id === this.id ? index : -1))
        .filter((i) => i >= 0)
        .at(-1)!;
      const at = doc.paragraphSpan(last).end;
      doc.splice(at, at, `\r${text}`);
      doc.meta[last + 1] = { ...doc.meta[last + 1]!, list: { id: this.id, level: 0 } };
      span = { start: at + 1, end: at + 1 + text.length };
    });
    paragraph.enqueueResolve();
    return paragraph;
  }
}

/** "items/text,items/style" → ["text", "style"]. */
function itemProperties(properties: string): string[] {
  return properties
    .split(",")
    .map((p) => p.trim().replace(/^items\/?/u, ""))
    .filter(Boolean);
}

type ItemClass<T> = new (context: FakeRequestContext, resolve: () => { start: number; end: number }, resolveNow: boolean) => T;

/** A loadable collection (paragraphs, search results, pictures). Its items exist only after load and sync. */
export class FakeCollection<T extends FakeRange> {
  private loaded?: T[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly Item: ItemClass<T>,
    private readonly spans: () => { start: number; end: number }[],
  ) {}

  /** Accepts "items/text,items/style" or "items"; item properties not named stay unloaded. */
  load(properties = "items"): this {
    const names = itemProperties(properties);
    // Reading a property the host lacks fails at load time, as Word does.
    this.context.enqueueLoad(() => {
      this.loaded = this.spans().map((span) => new this.Item(this.context, () => span, false).materialize(span, names));
    });
    return this;
  }

  get items(): T[] {
    if (!this.loaded) throw officeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.loaded;
  }
}

export interface FakeWordOptions {
  /** The WordApi minor version the host supports: 1 (Word 2016) up to 9 (Microsoft 365, the default). */
  api?: number;
}

/** Installs `Word` and the bits of `Office` the adapter uses on globalThis. */
export function installFakeWord(doc: FakeWordDocument, options: FakeWordOptions = {}): { uninstall(): void; selectionChanged(): void } {
  const minor = options.api ?? 9;
  const api = 1 + minor / 10;
  const handlers = new Set<() => void>();
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args.at(-1) as (context: FakeRequestContext) => Promise<T>;
    const existing = args.length > 1 ? (args[0] as FakeRange).context : undefined;
    const context = existing ?? new FakeRequestContext(doc, api);
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
  globals.Word = {
    run,
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  };
  globals.Office = {
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "WordApi" && Number(version ?? "1.1") <= api + 1e-9,
      },
      document: {
        addHandlerAsync: (_type: string, handler: () => void) => handlers.add(handler),
        removeHandlerAsync: (_type: string, opts: { handler: () => void }) => handlers.delete(opts.handler),
      },
    },
  };
  return {
    uninstall: () => Object.assign(globals, previous),
    selectionChanged: () => handlers.forEach((handler) => handler()),
  };
}
