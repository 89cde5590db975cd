import { factFamily, type Fact, type FactKind } from "./fact";

export interface FactChange {
  kind: FactKind;
  before: string;
  after: string;
}

export interface FactReport {
  missing: { kind: FactKind; text: string }[];
  changed: FactChange[];
}

/** A date without a year matches the same day and month in any year. */
function sameKey(family: string, a: string, b: string): boolean {
  if (a === b) return true;
  if (family !== "date") return false;
  const [ya, rest] = [a.slice(0, 4), a.slice(4)];
  const [yb, restB] = [b.slice(0, 4), b.slice(4)];
  return rest === restB && (ya === "????" || yb === "????");
}

/**
 * Compares the facts of an original and its rewrite. A fact missing from
 * the rewrite is reported; where the rewrite has a new fact of the same
 * family in its place, the pair is reported as changed ("7. November" →
 * "14. November"), in text order.
 */
export function compareFacts(original: Fact[], rewrite: Fact[], kinds: readonly FactKind[]): FactReport {
  const wanted = new Set(kinds);
  const report: FactReport = { missing: [], changed: [] };
  const families = new Set(original.filter((f) => wanted.has(f.kind)).map((f) => factFamily(f.kind)));
  for (const family of families) {
    const before = original.filter((f) => wanted.has(f.kind) && factFamily(f.kind) === family);
    const after = rewrite.filter((f) => factFamily(f.kind) === family);
    const seen = new Set<string>();
    const lost = before.filter((fact) => {
      if (seen.has(fact.key)) return false;
      seen.add(fact.key);
      return !after.some((other) => sameKey(family, fact.key, other.key));
    });
    const added = after.filter(
      (fact, index) => !before.some((other) => sameKey(family, fact.key, other.key)) && after.findIndex((f) => f.key === fact.key) === index,
    );
    lost.forEach((fact, index) => {
      const replacement = added[index];
      if (replacement) report.changed.push({ kind: fact.kind, before: fact.text, after: replacement.text });
      else report.missing.push({ kind: fact.kind, text: fact.text });
    });
  }
  return report;
}
