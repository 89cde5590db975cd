import type { PlacedObject } from "./object-positions";

/** What KoKI knows about one paragraph of the source, read in the same sync as the text. */
export interface ParagraphInfo {
  text: string;
  /** Style name as Word shows it (built-in or custom, localised). */
  style: string;
  heading: boolean;
  list?: { level: number; ordered: boolean };
  inTable: boolean;
}

/** Everything the Word adapter keeps about a source between reading and writing. */
export interface WordHandle {
  /** Tracked, so that the result goes exactly here even after the user clicked elsewhere. */
  range: Word.Range;
  /** The range's text as Word gave it; the conflict check compares against it. */
  rawText: string;
  paragraphs: ParagraphInfo[];
  /** True when the range starts and ends on paragraph boundaries. */
  wholeParagraphs: boolean;
  /** Footnotes, fields, comments, … in the range; placed where Word can measure (WordApi 1.3). */
  objects: PlacedObject[];
}

const HEADING_NAME = /^(heading|überschrift|titel|title)\b/iu;

/** Paragraphs as loaded by `loadParagraphs`; with WordApi 1.1 only text and style exist. */
export function toParagraphInfo(paragraph: Word.Paragraph, detailed: boolean): ParagraphInfo {
  const base = { text: paragraph.text, style: paragraph.style };
  if (!detailed) return { ...base, heading: HEADING_NAME.test(paragraph.style), inTable: false };
  const item = paragraph.listItemOrNullObject;
  return {
    ...base,
    heading: /^(Heading\d|Title)$/u.test(paragraph.styleBuiltIn),
    inTable: paragraph.tableNestingLevel > 0,
    ...(paragraph.isListItem && !item.isNullObject ? { list: { level: item.level, ordered: /[0-9a-zA-Z]/u.test(item.listString) } } : {}),
  };
}

/** For the source line: text and table membership only (tables exist from WordApi 1.3). */
export const SUMMARY_PROPERTIES = { basic: "items/text", detailed: "items/text,items/tableNestingLevel" };

export const PARAGRAPH_PROPERTIES = {
  basic: "items/text,items/style",
  detailed:
    "items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel,items/listItemOrNullObject/level,items/listItemOrNullObject/listString",
};
