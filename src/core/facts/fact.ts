/** Kinds of facts a rewrite must keep. "deadline" is a date introduced by "bis", "spätestens", "Frist" … */
export const FACT_KINDS = ["deadline", "date", "time", "amount", "percent", "number", "fileNumber", "legalRef", "iban", "phone", "email", "url"] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  kind: FactKind;
  /** As written in the text. */
  text: string;
  /** Normalised, so "07.11.2025" and "7. November 2025" compare equal. */
  key: string;
  start: number;
  end: number;
}

/** Kinds that compare with each other: a deadline in the input may stand as a plain date in the output. */
export function factFamily(kind: FactKind): string {
  return kind === "deadline" ? "date" : kind;
}

/** What even a short Leichte Sprache draft must keep. */
export const ESSENTIAL_FACTS: readonly FactKind[] = ["deadline", "date", "time", "amount", "fileNumber", "iban", "phone", "email", "url"];

/** Facts written the same way in every language. */
export const LANGUAGE_NEUTRAL_FACTS: readonly FactKind[] = ["fileNumber", "legalRef", "iban", "phone", "email", "url"];
