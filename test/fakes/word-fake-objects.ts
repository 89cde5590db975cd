/**
 * What a paragraph of the Word fake holds besides its text, and what edits
 * do to it, as in Word (office-js#2749: insertText(…, "Replace") deletes the
 * footnotes of the replaced text; office-js#1299: with change tracking on, a
 * deleted object stays, marked, until the deletion is accepted; the fake shows
 * the document as it is once accepted, and the deletion's revision names the
 * objects it takes with it):
 * - a footnote or endnote reference takes one character of the text,
 *   "\u0002", as Range.text shows it in Word for Windows (office-js#2749);
 *   an inline picture takes "\u0001" (an assumption: Word's object model
 *   marks inline objects so); the other kinds cover text (a bookmark maybe none);
 * - replacing or deleting text removes every object inside it; fields,
 *   hyperlinks, content controls, note references and pictures go as a whole
 *   even when only part of them is replaced; comments, bookmarks and tracked
 *   changes shrink instead;
 * - text inserted at an object's edge goes outside it, text inserted inside
 *   a span becomes part of it.
 */

export type FakeObjectKind = "footnote" | "endnote" | "field" | "hyperlink" | "bookmark" | "contentControl" | "picture" | "comment" | "trackedChange";

export interface FakeObject {
  id: number;
  kind: FakeObjectKind;
  /** Offsets in the document text; a mark covers its one character. */
  start: number;
  end: number;
  /** Note text, field code, link address, bookmark name, comment text, or tracked change type. */
  detail: string;
}

/**
 * An object in a paragraph spec. Marks (notes, pictures) go right after the
 * first occurrence of `after` ("" is the paragraph's start); the other kinds
 * cover the first occurrence of `on`.
 */
export type ObjectSpec =
  | { kind: "footnote" | "endnote"; after: string; text: string }
  | { kind: "picture"; after: string }
  | { kind: "field"; on: string; code: string }
  | { kind: "hyperlink"; on: string; address: string }
  | { kind: "contentControl"; on: string }
  | { kind: "comment"; on: string; text: string }
  | { kind: "bookmark"; on: string; name: string }
  | { kind: "trackedChange"; on: string; type: "Added" | "Deleted" };

export const MARKS: Partial<Record<FakeObjectKind, string>> = { footnote: "\u0002", endnote: "\u0002", picture: "\u0001" };

/** Kinds that go as a whole when part of them is replaced. */
const ATOMIC = new Set<FakeObjectKind>(["footnote", "endnote", "picture", "field", "hyperlink", "contentControl"]);

let nextId = 1;

export const newObjectId = () => nextId++;

function specDetail(spec: ObjectSpec): string {
  switch (spec.kind) {
    case "footnote":
    case "endnote":
    case "comment":
      return spec.text;
    case "field":
      return spec.code;
    case "hyperlink":
      return spec.address;
    case "bookmark":
      return spec.name;
    case "trackedChange":
      return spec.type;
    default:
      return "";
  }
}

/** The paragraph's text with its marks put in, and its objects at offsets relative to the paragraph. */
export function placeObjects(text: string, specs: ObjectSpec[]): { text: string; objects: FakeObject[] } {
  const find = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the paragraph "${text}"`);
    return at;
  };
  const marks = specs.filter((spec) => "after" in spec).map((spec) => ({ spec, at: find(spec.after) + spec.after.length }));
  // Marks at a span's start go before it; marks at its end go after it.
  const shift = (offset: number, role: "start" | "end") => offset + marks.filter((mark) => (role === "start" ? mark.at <= offset : mark.at < offset)).length;
  const objects: FakeObject[] = [];
  let written = "";
  let from = 0;
  marks
    .slice()
    .sort((a, b) => a.at - b.at)
    .forEach((mark) => {
      written += text.slice(from, mark.at);
      objects.push({ id: newObjectId(), kind: mark.spec.kind, start: written.length, end: written.length + 1, detail: specDetail(mark.spec) });
      written += MARKS[mark.spec.kind];
      from = mark.at;
    });
  written += text.slice(from);
  for (const spec of specs) {
    if ("after" in spec) continue;
    const at = find(spec.on);
    objects.push({ id: newObjectId(), kind: spec.kind, start: shift(at, "start"), end: shift(at + spec.on.length, "end"), detail: specDetail(spec) });
  }
  return { text: written, objects: objects.sort((a, b) => a.start - b.start) };
}

/**
 * Applies a splice (start…end replaced by `inserted` characters) to the
 * objects: returns the ones that survive, moved, and the ones it removed.
 */
export function spliceObjects(objects: FakeObject[], start: number, end: number, inserted: number): { kept: FakeObject[]; removed: FakeObject[] } {
  const removed: FakeObject[] = [];
  const kept = objects.filter((object) => {
    if (end === start) return true;
    const collapsed = object.start === object.end;
    const inside = collapsed ? object.start > start && object.start < end : object.start >= start && object.end <= end;
    const overlaps = !collapsed && object.start < end && object.end > start;
    if (inside || (overlaps && ATOMIC.has(object.kind))) {
      removed.push(object);
      return false;
    }
    return true;
  });
  const delta = inserted - (end - start);
  const move = (offset: number, role: "start" | "end", collapsed: boolean): number => {
    if (end === start) {
      // Pure insertion: at an edge the new text goes outside the object.
      if (offset > start || (offset === start && (role === "start" || collapsed))) return offset + delta;
      return offset;
    }
    if (offset >= end) return offset + delta;
    if (offset <= start) return offset;
    return role === "start" ? start + inserted : start;
  };
  for (const object of kept) {
    const collapsed = object.start === object.end;
    Object.assign(object, { start: move(object.start, "start", collapsed), end: move(object.end, "end", collapsed) });
  }
  return { kept, removed };
}

/** Whether an object lies in (or overlaps) a range; a collapsed one counts at the range's edges too. */
export function objectInRange(object: FakeObject, range: { start: number; end: number }): boolean {
  if (object.start === object.end) return object.start >= range.start && object.start <= range.end;
  if (range.start === range.end) return object.start <= range.start && object.end > range.start;
  return object.start < range.end && object.end > range.start;
}

/** An object that only touches a range's edge (Range.getBookmarks leaves those out unless asked). */
export function touchesOnly(object: FakeObject, range: { start: number; end: number }): boolean {
  if (range.start === range.end) return false;
  if (object.start === object.end) return object.start === range.start || object.start === range.end;
  return object.end === range.start || object.start === range.end;
}
