import { MONTH_NAMES_PATTERN } from "../text/german-months";
import { EMAIL_PATTERN } from "../text/patterns";
import { validIban, validTaxId } from "./checksums";
import type { PiiSpan, PiiType } from "./pii-types";

/** Not inside a longer token (file numbers, amounts): nothing word-like or a dot/hyphen/slash right before. */
const NOT_AFTER = String.raw`(?<![\p{L}\d.\-/])`;
const NOT_BEFORE = String.raw`(?![\p{L}\d])`;

const DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}|\d{1,2}\.\s(?:${MONTH_NAMES_PATTERN})\s(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})`;

interface Rule {
  type: PiiType;
  pattern: RegExp;
  /** Group holding the value (default: the whole match). */
  group?: number;
  valid?(value: string): boolean;
}

const RULES: Rule[] = [
  { type: "IBAN", pattern: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/gu, valid: validIban },
  { type: "BIC", pattern: /\b(?:BIC|SWIFT)(?:-Code)?:?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/gu, group: 1 },
  { type: "EMAIL", pattern: new RegExp(EMAIL_PATTERN, "gu") },
  // URLs that point at a person: ~user, /users/…, /profil/…, /mitarbeiter/…, or a mail address in the path.
  { type: "URL", pattern: /https?:\/\/[^\s<>"]*(?:\/~|\/users?\/|\/profile?\/|\/profil\/|\/mitarbeiter(?:in)?\/|\/person(?:en)?\/|@)[^\s<>")\]]*/giu },
  {
    // "0221 4567890", "(0221) 4567890", "030 / 901820", "+49 (0) 171 2345678", "02131 928-5512".
    type: "TELEFON",
    pattern: new RegExp(
      String.raw`${NOT_AFTER}(?:\+\d{2,3}(?:[ \t]?\(0\))?[ \t]?\d{1,5}|00\d{2,3}[ \t]?\d{1,5}|\(0\d{1,5}\)|0\d{1,5})(?:(?:[ \t]?[-/–][ \t]?|[ \t])\d{2,}){1,4}(?:-\d{1,4})?${NOT_BEFORE}`,
      "gu",
    ),
    valid: (value) => value.replace(/\(0\)/u, "").replace(/\D/gu, "").length >= 7,
  },
  { type: "STEUER_ID", pattern: new RegExp(String.raw`${NOT_AFTER}\d{2}\s?\d{3}\s?\d{3}\s?\d{3}${NOT_BEFORE}`, "gu"), valid: validTaxId },
  { type: "SOZIALVERSICHERUNG", pattern: /\b\d{2}\s?[0-3]\d[01]\d\d{2}\s?[A-Z]\s?\d{3}\b/gu },
  {
    type: "AUSWEIS",
    pattern: /\b(?:Personalausweis|Ausweis|Reisepass|Pass)(?:nummer|-Nr\.?|nr\.?|-Nummer)?:?\s*(?:Nr\.\s*)?([CFGHJKLMNPRTVWXYZ0-9]{9,10})\b/gu,
    group: 1,
  },
  {
    type: "GEBURTSDATUM",
    pattern: new RegExp(String.raw`(?:\bgeb\.|\bgeboren|\bGeburtsdatum|\bGeb\.-Datum|\bGeburtstag|\*)[ \t]*:?(?:[ \t]+am)?[ \t]*(${DATE})`, "giu"),
    group: 1,
  },
  // "Sie wurde am 5. Mai 1990 in Đà Nẵng geboren."
  { type: "GEBURTSDATUM", pattern: new RegExp(String.raw`\bam[ \t]+(${DATE})(?:[ \t]+in[ \t]+[^\s,.;]+(?:[ \t][^\s,.;]+)?)?[ \t]+geboren\b`, "gu"), group: 1 },
  // Vehicle registration: district (1–3 letters), letters, digits, optional E/H.
  { type: "KENNZEICHEN", pattern: /\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?\b/gu },
  // Written with spaces only after the word itself: "Kennzeichen: K AB 1234".
  { type: "KENNZEICHEN", pattern: /Kennzeichen:?[ \t]+([A-ZÄÖÜ]{1,3} [A-Z]{1,2} \d{1,4}[EH]?)\b/gu, group: 1 },
];

/** Structured personal data: formats with checksums or fixed shapes. */
export function detectStructured(text: string, types?: readonly PiiType[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const rule of RULES) {
    if (types && !types.includes(rule.type)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const value = rule.group ? match[rule.group] : match[0];
      if (!value) continue;
      const start = match.index + (rule.group ? match[0].indexOf(value) : 0);
      if (rule.valid && !rule.valid(value)) continue;
      spans.push({ start, end: start + value.length, type: rule.type });
    }
  }
  return spans;
}

/** Admin patterns for file numbers (Aktenzeichen), as regular expressions. */
export function detectFileNumbers(text: string, patterns: readonly string[]): PiiSpan[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(new RegExp(pattern, "gu"))].map((match) => ({ start: match.index, end: match.index + match[0].length, type: "AKTENZEICHEN" as const })),
  );
}
