/** Kinds of personal data KoKI replaces before text leaves the workstation. */
export const PII_TYPES = [
  "PERSON",
  "ADRESSE",
  "IBAN",
  "BIC",
  "EMAIL",
  "URL",
  "TELEFON",
  "STEUER_ID",
  "SOZIALVERSICHERUNG",
  "AUSWEIS",
  "GEBURTSDATUM",
  "KENNZEICHEN",
  "AKTENZEICHEN",
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** Types a gateway can check reliably on arrival (mandatory masking). */
export const STRUCTURED_TYPES: readonly PiiType[] = ["IBAN", "EMAIL", "TELEFON", "STEUER_ID"];

/** A found value: where it is and what it is. */
export interface PiiSpan {
  start: number;
  end: number;
  type: PiiType;
}
