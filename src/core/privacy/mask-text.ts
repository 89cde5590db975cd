import { extractFacts } from "../facts/extract-facts";
import type { FactKind } from "../facts/fact";
import { detectAddresses } from "./detect-addresses";
import { detectNames } from "./detect-names";
import { doubtfulNames } from "./doubtful-names";
import { detectFileNumbers, detectStructured } from "./detect-structured";
import type { PiiSpan, PiiType } from "./pii-types";

export interface MaskOptions {
  /** The organisation's own contact data (its IBAN, phone, address): never masked. */
  allowList?: readonly string[];
  /** Admin patterns for file numbers (regular expressions). */
  fileNumberPatterns?: readonly string[];
  /** Only these types (default: all); the other detectors do not run. */
  types?: readonly PiiType[];
}

export interface MaskResult {
  text: string;
  /** Placeholder → original value; lives only in the pane's memory for one run. */
  values: Map<string, string>;
  /** Distinct values replaced, per type. */
  counts: Partial<Record<PiiType, number>>;
  /** Words left where a name is expected ("Frau MÜLLER"): perhaps a name no detector placed. Pane memory only, like `values`. */
  doubtful: string[];
}

/** Facts stay, as the fact check sees them: the rewrite needs them. A birth date is masked all the same (it lies inside its span). */
const KEPT_FACTS: readonly FactKind[] = ["date", "deadline", "time", "amount", "percent", "legalRef"];

/** Every personal value in `text`, without overlaps (earliest first, then longest). */
export function findPersonalData(text: string, options: MaskOptions = {}): PiiSpan[] {
  const wanted = (type: PiiType) => !options.types || options.types.includes(type);
  const candidates = [
    ...detectStructured(text, options.types),
    ...(wanted("AKTENZEICHEN") ? detectFileNumbers(text, options.fileNumberPatterns ?? []) : []),
    ...(wanted("ADRESSE") ? detectAddresses(text) : []),
    ...(wanted("PERSON") ? detectNames(text) : []),
  ];
  // Nothing found (the gateway's check of an already masked text): no need to look for facts.
  if (candidates.length === 0) return [];
  // Which fact covers each character (its number + 1), so a candidate is checked at its two edges only.
  const factAt = new Int32Array(text.length + 1);
  extractFacts(text)
    .filter((fact) => KEPT_FACTS.includes(fact.kind))
    .forEach((fact, index) => factAt.fill(index + 1, fact.start, fact.end));
  const crosses = (at: number) => at > 0 && factAt[at - 1] !== 0 && factAt[at - 1] === factAt[at];
  // Every occurrence of an allowed value is kept whole, so no smaller match inside it is masked either.
  const allowed: (readonly [number, number])[] = [];
  for (const value of options.allowList ?? []) {
    if (!value.trim()) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) allowed.push([at, at + value.length]);
  }
  // A fact wholly inside a value belongs to it ("Straße des 17. Juni 12", a birth date); one across its edge stays.
  const keeps = (span: PiiSpan) => allowed.some(([start, end]) => span.start < end && span.end > start) || crosses(span.start) || crosses(span.end);
  const kept = candidates.filter((span) => !keeps(span)).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const spans: PiiSpan[] = [];
  for (const span of kept) if (!spans.length || span.start >= spans.at(-1)!.end) spans.push(span);
  return spans;
}

/** Replaces each distinct value with a stable placeholder such as [PERSON_1] or [IBAN_1]. */
export function maskText(text: string, options: MaskOptions = {}): MaskResult {
  const spans = findPersonalData(text, options);
  const byValue = new Map<string, string>();
  const values = new Map<string, string>();
  const next: Partial<Record<PiiType, number>> = {};
  let out = "";
  let at = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    const key = `${span.type}\u0000${value}`;
    let placeholder = byValue.get(key);
    if (!placeholder) {
      next[span.type] = (next[span.type] ?? 0) + 1;
      placeholder = `[${span.type}_${next[span.type]}]`;
      byValue.set(key, placeholder);
      values.set(placeholder, value);
    }
    out += text.slice(at, span.start) + placeholder;
    at = span.end;
  }
  const masked = out + text.slice(at);
  return { text: masked, values, counts: next, doubtful: doubtfulNames(masked) };
}
