import type { InlineRun } from "../../../core/markdown";
import type { EmbeddedCounts, EmbeddedKind } from "../host-adapter";
import { stripPlaceholders } from "./embedded-objects";

/**
 * How a paragraph that holds footnotes, comments, … is rewritten without
 * losing them: only the text between them changes, each object stays where
 * its own text (or, for a mark, the word before it) is found again in the
 * result. Where that is not certain, the paragraph is not rewritten.
 * Pure: what it decides, write-around.ts writes.
 */

/** An object in a paragraph: offsets in the paragraph's text as Word shows it, and its place in the source's list of objects. */
export interface Anchor {
  kind: EmbeddedKind;
  start: number;
  end: number;
  ref: number;
}

/**
 * Kinds KoKI writes around. Not fields and hyperlinks: Office.js reaches a
 * field's result but not its code and markers, so text written next to it
 * could land inside the field or cut it. Not tracked changes: writing next
 * to them mixes KoKI's edit into someone's pending one.
 */
const KEEPABLE = new Set<EmbeddedKind>(["footnote", "endnote", "picture", "contentControl", "comment", "bookmark"]);

/** A note reference or a picture: a mark with no text of its own. */
const MARKS = new Set<EmbeddedKind>(["footnote", "endnote", "picture"]);

/** Objects that overlap are kept as one block: `first` begins it, `last` ends it; `mark` when it ends in a mark. */
export interface KeptBlock {
  first: number;
  last: number;
  mark: boolean;
}

/** The text before each block (and after the last): the original, what replaces it, and whether it changes at all. */
export interface Gap {
  old: string;
  runs: InlineRun[];
  changed: boolean;
}

export type ParagraphPlan =
  /** Nothing in it: written as usual. */
  | { kind: "plain" }
  /** The result did not change its text: left as it is, with everything in it. */
  | { kind: "unchanged" }
  /** `gaps` has one more entry than `blocks`. */
  | { kind: "around"; blocks: KeptBlock[]; gaps: Gap[] }
  | { kind: "refuse"; counts: EmbeddedCounts };

export function planParagraph(oldText: string, anchors: readonly Anchor[], runs: readonly InlineRun[]): ParagraphPlan {
  if (anchors.length === 0) return { kind: "plain" };
  const newText = runs.map((run) => run.text).join("");
  if (stripPlaceholders(oldText).trim() === newText.trim()) return { kind: "unchanged" };
  const refuse: ParagraphPlan = { kind: "refuse", counts: countKinds(anchors) };
  if (anchors.some((anchor) => !KEEPABLE.has(anchor.kind) || anchor.start < 0 || anchor.end > oldText.length)) return refuse;

  const blocks = mergeBlocks(anchors);
  // Where each block's kept text lies in the new text.
  const places: number[] = [];
  let cursor = 0;
  let oldCursor = 0;
  for (const block of blocks) {
    const kept = stripPlaceholders(oldText.slice(block.start, block.end));
    const before = stripPlaceholders(oldText.slice(oldCursor, block.start));
    const at = kept ? single(occurrences(newText, kept, cursor)) : markPlace(newText, before, cursor);
    if (at === undefined) return refuse;
    places.push(at);
    cursor = at + kept.length;
    oldCursor = block.end;
  }

  const gaps: Gap[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  blocks.forEach((block, index) => {
    gaps.push(gap(oldText.slice(oldFrom, block.start), runs, newFrom, places[index]!));
    oldFrom = block.end;
    newFrom = places[index]! + stripPlaceholders(oldText.slice(block.start, block.end)).length;
  });
  gaps.push(gap(oldText.slice(oldFrom), runs, newFrom, newText.length));
  return { kind: "around", blocks: blocks.map(({ first, last, mark }) => ({ first, last, mark })), gaps };
}

export function countKinds(anchors: readonly { kind: EmbeddedKind }[]): EmbeddedCounts {
  const counts: EmbeddedCounts = {};
  for (const { kind } of anchors) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

function mergeBlocks(anchors: readonly Anchor[]): (KeptBlock & { start: number; end: number })[] {
  const sorted = [...anchors].sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: (KeptBlock & { start: number; end: number })[] = [];
  for (const anchor of sorted) {
    const current = blocks.at(-1);
    if (current && anchor.start < current.end) {
      if (anchor.end > current.end) Object.assign(current, { end: anchor.end, last: anchor.ref, mark: MARKS.has(anchor.kind) });
    } else {
      blocks.push({ start: anchor.start, end: anchor.end, first: anchor.ref, last: anchor.ref, mark: MARKS.has(anchor.kind) });
    }
  }
  return blocks;
}

/**
 * A mark goes after the word it followed, if that word is found exactly
 * once in the rest of the new text; a mark with no word before it (at the
 * paragraph's start, or right after another object) stays at that point.
 */
function markPlace(newText: string, before: string, cursor: number): number | undefined {
  const trimmed = before.trimEnd();
  const space = before.slice(trimmed.length);
  const word = /\S*$/u.exec(trimmed)![0];
  let at: number | undefined = cursor;
  if (word) {
    const hit = single(occurrences(newText, word, cursor));
    at = hit === undefined ? undefined : hit + word.length;
  }
  // Keep the same spacing before the mark where the new text has it.
  if (at !== undefined && space && newText.startsWith(space, at)) at += space.length;
  return at;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where `needle` occurs from `from` on without cutting a word ("Antrag" is not in "Antragsteller"). */
function occurrences(text: string, needle: string, from: number): number[] {
  const cuts = (index: number, edge: string) => WORD_CHARACTER.test(edge) && WORD_CHARACTER.test(text[index] ?? "");
  const hits: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!cuts(at - 1, needle[0]!) && !cuts(at + needle.length, needle.at(-1)!)) hits.push(at);
  }
  return hits;
}

const single = (hits: number[]) => (hits.length === 1 ? hits[0] : undefined);

function gap(old: string, runs: readonly InlineRun[], from: number, to: number): Gap {
  const sliced = sliceRuns(runs, from, to);
  return { old, runs: sliced, changed: old !== sliced.map((run) => run.text).join("") };
}

/** The runs' characters from…to, each piece with its run's formatting. */
function sliceRuns(runs: readonly InlineRun[], from: number, to: number): InlineRun[] {
  const pieces: InlineRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + run.text.length);
    if (end > start) pieces.push({ ...run, text: run.text.slice(start - offset, end - offset) });
    offset += run.text.length;
  }
  return pieces;
}
