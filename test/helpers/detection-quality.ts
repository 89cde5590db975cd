/**
 * Measures the personal-data detectors on labelled texts: recall and
 * precision per type by exact spans, and facts that were masked although
 * they must stay (dates, amounts, § references, the office's own data).
 * Used by the unit tests and `npm run bench -- privacy`.
 */
import { findPersonalData, type MaskOptions, type PiiSpan, type PiiType } from "../../src/core/privacy";

export interface Labelled {
  text: string;
  labels: { type: PiiType; value: string }[];
  /** Substrings that must not be masked, not even in part. */
  keep?: string[];
}

export interface TypeScore {
  type: PiiType;
  planted: number;
  found: number;
  detected: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface Quality {
  perType: TypeScore[];
  precision: number;
  /** Labelled must-stay facts that a detection overlapped. */
  keptFacts: number;
  maskedFacts: { text: string; fact: string }[];
}

/** A word ends here, or a genitive "s" ends it ("Justins Angaben": the name is "Justin"). */
const wordEnds = (text: string, end: number) => !/[\p{L}\d]/u.test(text[end] ?? "") || (text[end] === "s" && !/[\p{L}\d]/u.test(text[end + 1] ?? ""));

/**
 * Where each labelled value stands: longer values are placed first, and a
 * value takes its first whole-word occurrence that no other label holds
 * ("Albrecht" after "Jens Albrecht" is the later, lone mention).
 */
function spansOf(text: string, values: string[]): { start: number; end: number; value: string }[] {
  const placed: { start: number; end: number; value: string }[] = new Array(values.length);
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value.length - a.value.length);
  const free = (start: number, end: number) =>
    !placed.some((span) => span && span.start < end && span.end > start) && !/[\p{L}\d]/u.test(text[start - 1] ?? "") && wordEnds(text, end);
  for (const { value, index } of order) {
    let at = text.indexOf(value);
    while (at >= 0 && !free(at, at + value.length)) at = text.indexOf(value, at + 1);
    if (at < 0) throw new Error(`label not in text: ${value}`);
    placed[index] = { start: at, end: at + value.length, value };
  }
  return placed;
}

const same = (a: PiiSpan, b: PiiSpan) => a.start === b.start && a.end === b.end && a.type === b.type;

/**
 * Recall and precision per type: a planted value counts as found when a
 * detection of its type covers it exactly; a detection is correct when it
 * matches a planted value of its type exactly.
 */
export function detectionQuality(items: Labelled[], options: MaskOptions = {}): Quality {
  const scores = new Map<PiiType, TypeScore>();
  const score = (type: PiiType) =>
    scores.get(type) ?? scores.set(type, { type, planted: 0, found: 0, detected: 0, correct: 0, recall: 1, precision: 1 }).get(type)!;
  let keptFacts = 0;
  const maskedFacts: Quality["maskedFacts"] = [];
  for (const item of items) {
    const gold = spansOf(
      item.text,
      item.labels.map((label) => label.value),
    ).map((span, index) => ({ ...span, type: item.labels[index]!.type }));
    const found = findPersonalData(item.text, options);
    for (const span of gold) {
      score(span.type).planted += 1;
      if (found.some((candidate) => same(candidate, span))) score(span.type).found += 1;
    }
    for (const span of found) {
      score(span.type).detected += 1;
      if (gold.some((label) => same(label, span))) score(span.type).correct += 1;
    }
    for (const fact of spansOf(item.text, item.keep ?? [])) {
      keptFacts += 1;
      if (found.some((span) => span.start < fact.end && span.end > fact.start)) maskedFacts.push({ text: item.text, fact: fact.value });
    }
  }
  const perType = [...scores.values()].map((entry) => ({
    ...entry,
    recall: entry.planted ? entry.found / entry.planted : 1,
    precision: entry.detected ? entry.correct / entry.detected : 1,
  }));
  const detected = perType.reduce((sum, entry) => sum + entry.detected, 0);
  const correct = perType.reduce((sum, entry) => sum + entry.correct, 0);
  return { perType, precision: detected ? correct / detected : 1, keptFacts, maskedFacts };
}
