import { MONTH_NAMES_PATTERN } from "./german-months";

/**
 * Sentence spans for German text, shared by the readability analysis, the
 * sentence-length check and one-sentence-per-paragraph layout.
 * Intl.Segmenter splits after "z. B.", "Dr.", "Abs. 2" or "15. März"; a
 * merge pass joins those pieces again.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations without dots and spaces: "z. B." → "zb". */
const ABBREVIATIONS = new Set([
  "zb",
  "dh",
  "ua",
  "oä",
  "iv",
  "ia",
  "idr",
  "uu",
  "ggf",
  "bzw",
  "nr",
  "abs",
  "art",
  "dr",
  "prof",
  "str",
  "hr",
  "fr",
  "ca",
  "vgl",
  "usw",
  "etc",
  "s",
  "ziff",
  "lfd",
  "az",
  "tel",
  "geb",
  "inkl",
  "zzgl",
  "evtl",
  "sog",
  "bspw",
  "einschl",
  "gem",
  "jan",
  "feb",
  "mär",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "okt",
  "nov",
  "dez",
  "mo",
  "di",
  "mi",
  "do",
  "fr",
  "sa",
  "so",
  "st",
  "bzgl",
  "ggü",
]);

const CONTINUES = new RegExp(`^\\s*(\\p{Ll}|\\d|${MONTH_NAMES_PATTERN})`, "u");

/** Does this piece end in a way that cannot end a sentence ("z. B.", "Nr.", "am 15.")? */
function endsInsideSentence(piece: string, next: string): boolean {
  const trimmed = piece.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  // A single letter and a dot is an initial or part of "z. B.", never a sentence end.
  if (/(^|[\s(„"])\p{L}\.$/u.test(trimmed)) return true;
  // An ordinal before a lower-case word, a number or a month: "am 15. März".
  if (/(^|[\s(])\d{1,3}\.$/u.test(trimmed) && CONTINUES.test(next)) return true;
  // An ordinal after an article or preposition: "die 4. Sitzung", "ab dem 2. Monat".
  if (/(^|\s)(der|die|das|den|dem|des|am|im|vom|zum|zur|ab|bis|seit|ein|eine|einer|einem|einen|jede[mnrs]?)\s+\d{1,3}\.$/iu.test(trimmed)) return true;
  const word = /(?:^|[\s(„"§])((?:\p{L}{1,2}\.\s?)*\p{L}+)\.$/u.exec(trimmed)?.[1];
  if (word === undefined) return false;
  const key = word.toLowerCase().replace(/[.\s]/gu, "");
  // Street names: "Bahnhofstr." and the like.
  return ABBREVIATIONS.has(key) || (key.length > 3 && key.endsWith("str"));
}

// Made on first use: creating it costs about 10 ms, and the pane's start-up only counts words.
let segmenter: Intl.Segmenter | undefined;
const hasSegmenter = typeof Intl !== "undefined" && "Segmenter" in Intl;

function segmentLine(line: string, offset: number): Span[] {
  if (hasSegmenter) segmenter ??= new Intl.Segmenter("de", { granularity: "sentence" });
  if (!segmenter) {
    return [...line.matchAll(/[^.!?]+(?:[.!?]+|$)\s*/gu)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
  }
  return [...segmenter.segment(line)].map((s) => ({ start: offset + s.index, end: offset + s.index + s.segment.length, text: s.segment }));
}

/**
 * Segments line by line: a line break always ends a sentence here, and V8's
 * Intl.Segmenter copies its whole input into every segment it returns, which
 * exhausts memory on a long document segmented at once.
 */
function rawSegments(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]*\n*/gu)) {
    if (line[0] === "") continue;
    spans.push(...segmentLine(line[0], line.index));
  }
  return spans;
}

/** Splits text into sentences; a line break always ends one (headings, list items). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const segment of rawSegments(text)) {
    const previous = spans.at(-1);
    if (previous && !/\n\s*$/u.test(previous.text) && endsInsideSentence(previous.text, segment.text)) {
      previous.end = segment.end;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      spans.push({ ...segment });
    }
  }
  // The last segment of a line carries every line break after it: the span keeps the first, blank lines are dropped.
  return spans
    .flatMap((span) => {
      const parts: Span[] = [];
      let offset = span.start;
      for (const line of span.text.split(/(?<=\n)/u)) {
        parts.push({ start: offset, end: offset + line.length, text: line });
        offset += line.length;
      }
      return parts;
    })
    .filter((span) => span.text.trim() !== "");
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
