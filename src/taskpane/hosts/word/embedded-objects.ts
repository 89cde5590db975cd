import type { EmbeddedCounts, EmbeddedKind } from "../host-adapter";
import type { WordApi } from "./word-api";

/**
 * Finding what a range holds besides text. Every list is queued on the
 * range itself, so that it rides along in the sync that reads the text:
 * finding costs no sync of its own.
 */

/** The WordApi set from which a range lists each kind (Office.js reference). */
const SINCE: Record<EmbeddedKind, number> = {
  contentControl: 1, // Range.contentControls
  picture: 2, // Range.inlinePictures
  hyperlink: 3, // Range.getHyperlinkRanges
  field: 4, // Range.fields
  bookmark: 4, // Range.getBookmarks
  comment: 4, // Range.getComments
  footnote: 5, // Range.footnotes
  endnote: 5, // Range.endnotes
  trackedChange: 6, // Range.getTrackedChanges
};

export const EMBEDDED_KINDS = Object.keys(SINCE) as EmbeddedKind[];

/** Kinds this Word cannot list: the clerk is told they were not checked. */
export function uncheckedKinds(api: WordApi): EmbeddedKind[] {
  return EMBEDDED_KINDS.filter((kind) => api.minor < SINCE[kind]);
}

/** Placeholders in Range.text: U+0002 for a note reference (office-js#2749); U+0001, Word's mark for an inline object, goes too. */
const PLACEHOLDERS = /[\u0001\u0002]/gu;

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, "");
}

/** Bookmarks Word keeps for itself: the last edit (_GoBack) and the table of contents' targets (_Toc…, rebuilt with it). */
const WORDS_OWN_BOOKMARK = /^_(GoBack$|Toc)/iu;

export interface ObjectLoads {
  footnote?: Word.NoteItemCollection;
  endnote?: Word.NoteItemCollection;
  field?: Word.FieldCollection;
  hyperlink?: Word.RangeCollection;
  bookmark?: OfficeExtension.ClientResult<string[]>;
  contentControl?: Word.ContentControlCollection;
  picture?: Word.InlinePictureCollection;
  comment?: Word.CommentCollection;
  trackedChange?: Word.TrackedChangeCollection;
}

/** Queues the lists of `kinds` in `range` that this Word offers; they are read after the next sync. Only small scalars are loaded: never a comment's text. */
export function queueObjectLoads(range: Word.Range, api: WordApi, kinds: readonly EmbeddedKind[] = EMBEDDED_KINDS): ObjectLoads {
  const wanted = (kind: EmbeddedKind) => kinds.includes(kind) && api.minor >= SINCE[kind];
  return {
    ...(wanted("footnote") && { footnote: range.footnotes.load("items/type") }),
    ...(wanted("endnote") && { endnote: range.endnotes.load("items/type") }),
    ...(wanted("field") && { field: range.fields.load("items/code") }),
    ...(wanted("hyperlink") && { hyperlink: range.getHyperlinkRanges().load("items/isEmpty") }),
    // Hidden bookmarks too: cross-references point at "_Ref…" bookmarks.
    ...(wanted("bookmark") && { bookmark: range.getBookmarks(true, false) }),
    ...(wanted("contentControl") && { contentControl: range.contentControls.load("items/id") }),
    ...(wanted("picture") && { picture: range.inlinePictures.load("items/width") }),
    ...(wanted("comment") && { comment: range.getComments().load("items/id") }),
    ...(wanted("trackedChange") && { trackedChange: range.getTrackedChanges().load("items/type") }),
  };
}

/** One object in a range: its kind and how to reach it again (its place in its kind's list, or a bookmark's name). */
export interface FoundObject {
  kind: EmbeddedKind;
  index: number;
  name?: string;
}

/** After the sync: every object found, kind by kind, each kind in document order. */
export function foundObjects(loads: ObjectLoads): FoundObject[] {
  const found: FoundObject[] = [];
  for (const kind of EMBEDDED_KINDS) {
    const loaded = loads[kind];
    if (!loaded) continue;
    if (kind === "bookmark") {
      const names = (loaded as OfficeExtension.ClientResult<string[]>).value.filter((name) => !WORDS_OWN_BOOKMARK.test(name));
      names.forEach((name, index) => found.push({ kind, index, name }));
    } else {
      (loaded as { items: unknown[] }).items.forEach((_, index) => found.push({ kind, index }));
    }
  }
  return found;
}

export function countObjects(found: readonly FoundObject[]): EmbeddedCounts {
  const counts: EmbeddedCounts = {};
  for (const { kind } of found) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** The same objects, in the same order, as read before (a bookmark by its name). */
export function sameObjects(a: readonly FoundObject[], b: readonly FoundObject[]): boolean {
  return a.length === b.length && a.every((object, i) => object.kind === b[i]!.kind && object.index === b[i]!.index && object.name === b[i]!.name);
}

/**
 * The object as a range, to measure or to write around: a note's reference
 * mark, a field's result, a control or picture as a whole, a comment's or
 * bookmark's text. Queued in the Word.run that loaded `loads`.
 */
export function objectRange(context: Word.RequestContext, loads: ObjectLoads, object: FoundObject): Word.Range {
  const { index } = object;
  switch (object.kind) {
    case "footnote":
      return loads.footnote!.items[index]!.reference;
    case "endnote":
      return loads.endnote!.items[index]!.reference;
    case "field":
      return loads.field!.items[index]!.result;
    case "hyperlink":
      return loads.hyperlink!.items[index]!;
    case "bookmark":
      return context.document.getBookmarkRange(object.name!);
    case "contentControl":
      return loads.contentControl!.items[index]!.getRange("Whole");
    case "picture":
      return loads.picture!.items[index]!.getRange("Whole");
    case "comment":
      return loads.comment!.items[index]!.getRange();
    case "trackedChange":
      return loads.trackedChange!.items[index]!.getRange("Whole");
  }
}
