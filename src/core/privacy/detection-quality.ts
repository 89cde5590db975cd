import { findPersonalData, type MaskOptions } from "./mask-text";
import type { PiiType } from "./pii-types";

export interface Labelled {
  text: string;
  labels: { type: PiiType; value: string }[];
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

/** Every occurrence of each labelled value, as spans. */
function labelledSpans(item: Labelled): { start: number; end: number; type: PiiType }[] {
  const spans: { start: number; end: number; type: PiiType }[] = [];
  const used = new Set<number>();
  for (const label of item.labels) {
    let at = item.text.indexOf(label.value);
    while (at >= 0 && used.has(at)) at = item.text.indexOf(label.value, at + 1);
    if (at < 0) throw new Error(`label not in text: ${label.value}`);
    used.add(at);
    spans.push({ start: at, end: at + label.value.length, type: label.type });
  }
  return spans;
}

/**
 * Recall and precision per type: a planted value counts as found when a
 * detection of its type covers it exactly; a detection is correct when it
 * matches a planted value of its type exactly.
 */
export function detectionQuality(items: Labelled[], options: MaskOptions = {}): { perType: TypeScore[]; precision: number } {
  const scores = new Map<PiiType, TypeScore>();
  const score = (type: PiiType) =>
    scores.get(type) ?? scores.set(type, { type, planted: 0, found: 0, detected: 0, correct: 0, recall: 1, precision: 1 }).get(type)!;
  for (const item of items) {
    const gold = labelledSpans(item);
    const found = findPersonalData(item.text, options);
    const same = (a: { start: number; end: number; type: PiiType }, b: { start: number; end: number; type: PiiType }) =>
      a.start === b.start && a.end === b.end && a.type === b.type;
    for (const span of gold) {
      score(span.type).planted += 1;
      if (found.some((candidate) => same(candidate, span))) score(span.type).found += 1;
    }
    for (const span of found) {
      score(span.type).detected += 1;
      if (gold.some((label) => same(label, span))) score(span.type).correct += 1;
    }
  }
  const perType = [...scores.values()].map((entry) => ({
    ...entry,
    recall: entry.planted ? entry.found / entry.planted : 1,
    precision: entry.detected ? entry.correct / entry.detected : 1,
  }));
  const detected = perType.reduce((sum, entry) => sum + entry.detected, 0);
  const correct = perType.reduce((sum, entry) => sum + entry.correct, 0);
  return { perType, precision: detected ? correct / detected : 1 };
}
