import { MONTH_FORMS_PATTERN, MONTH_NUMBERS } from "../text/german-months";
import { EMAIL_PATTERN } from "../text/patterns";
import type { Fact, FactKind } from "./fact";

const pad = (n: number) => String(n).padStart(2, "0");
const digits = (s: string) => s.replace(/\D/gu, "");

function dateKey(day: number, month: number, year?: number): string | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return `${year ?? "????"}-${pad(month)}-${pad(day)}`;
}

function fullYear(year: string | undefined): number | undefined {
  if (!year) return undefined;
  const n = Number(year);
  return year.length === 2 ? 2000 + n : n;
}

/** Parses "1.125,00" / "1125" / "30,70" to cents. */
function cents(number: string, decimals?: string): number {
  const whole = Number(number.replace(/\./gu, ""));
  const fraction = decimals && decimals !== "-" ? Number(decimals.padEnd(2, "0")) : 0;
  return whole * 100 + fraction;
}

interface Rule {
  kind: FactKind;
  pattern: RegExp;
  /** Returns the key, or undefined to skip this match. */
  key(match: RegExpExecArray): string | undefined;
}

const DEADLINE_CUE = /\b(bis|spätestens|frist\w*|fristgerecht|innerhalb|zum)\b[^.\n]{0,25}$/iu;

/** In order: earlier rules claim their text first, so "07.11.2025" is a date, not a file number. */
const RULES: Rule[] = [
  {
    kind: "email",
    pattern: new RegExp(EMAIL_PATTERN, "gu"),
    key: (m) => m[0].toLowerCase(),
  },
  {
    kind: "url",
    pattern: /\b(?:https?:\/\/|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)]/giu,
    key: (m) =>
      m[0]
        .toLowerCase()
        .replace(/^https?:\/\//u, "")
        .replace(/\/$/u, ""),
  },
  {
    kind: "iban",
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gu,
    key: (m) => m[0].replace(/ /gu, ""),
  },
  {
    kind: "legalRef",
    pattern:
      /(?:§§?|\bArt\.|\bArtikel|\bParagra(?:f|ph))\s*(\d+[a-z]?)(?:\s*(?:Abs\.|Absatz)\s*(\d+[a-z]?))?(?:\s*(?:S\.|Satz)\s*(\d+))?(?:\s*(?:Nr\.|Nummer)\s*(\d+))?(?:\s+([A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-Z][A-Za-z]*(?:\s+[IVX]+\b)?))?/gu,
    key: (m) => `§${m[1]}${m[2] ? `(${m[2]})` : ""}${m[3] ? `S${m[3]}` : ""}${m[4] ? `Nr${m[4]}` : ""}`,
  },
  {
    kind: "date",
    pattern: new RegExp(`\\b(\\d{1,2})\\.\\s?(${MONTH_FORMS_PATTERN})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`, "giu"),
    key: (m) => dateKey(Number(m[1]), MONTH_NUMBERS[m[2]!.toLowerCase()]!, fullYear(m[3])),
  },
  {
    kind: "date",
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d,])/gu,
    key: (m) => dateKey(Number(m[1]), Number(m[2]), fullYear(m[3])),
  },
  {
    kind: "date",
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    key: (m) => dateKey(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    kind: "phone",
    pattern: /(?<![\d.,])(?:\+\d{2,3}[ -]?(?:\(0\)[ -]?)?|\b0)\d{2,5}(?:[ /-]?\d{2,}){1,4}(?![\d,.]\d)/gu,
    key: (m) => {
      const d = digits(m[0].replace(/\(0\)/u, ""));
      const national = m[0].startsWith("+49") ? `0${d.slice(2)}` : m[0].startsWith("+") ? `+${d}` : d;
      return national.length >= 7 ? national : undefined;
    },
  },
  {
    kind: "fileNumber",
    pattern: /(?<![\p{L}\d])(?=[\p{L}\d./-]*\d[\p{L}\d./-]*\d)[\p{L}\d]+(?:[./-][\p{L}\d]+){2,}(?![\p{L}\d])/gu,
    key: (m) => (/^[\d.]+$/u.test(m[0]) ? undefined : m[0].toUpperCase()),
  },
  {
    kind: "time",
    pattern: /\b(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\b|\b(\d{1,2}):(\d{2})\b/gu,
    key: (m) => {
      const hour = Number(m[1] ?? m[3]);
      const minute = Number(m[2] ?? m[4] ?? 0);
      return hour <= 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
    },
  },
  {
    kind: "amount",
    pattern: /(?:(?:EUR|€)\s?)?\b(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-))?\s?(?:Euro|EUR|€)|(?:EUR|€)\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-))?/gu,
    key: (m) => `${m[1] ? cents(m[1], m[2]) : cents(m[3]!, m[4])} EUR`,
  },
  {
    kind: "percent",
    pattern: /\b(\d+(?:,\d+)?)\s?(?:%|Prozent\b)/gu,
    key: (m) => `${m[1]!.replace(",", ".")} %`,
  },
  {
    kind: "number",
    // Numbers of two digits or more; single digits are often written as words, and "1." starts a list.
    pattern: /(?<![\p{L}\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d{2,}(?:,\d+)?(?![\p{L}\d])/gu,
    key: (m) => m[0].replace(/\./gu, "").replace(",", "."),
  },
];

/** Finds the facts in a text, each span claimed by the first rule that matches it. */
export function extractFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  // One mark per character: checking a span costs its length, not the number of facts found so far.
  const claimed = new Uint8Array(text.length);
  const free = (start: number, end: number) => claimed.subarray(start, end).every((mark) => mark === 0);
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      const key = rule.key(match);
      if (key === undefined) continue;
      claimed.fill(1, start, end);
      const kind = rule.kind === "date" && DEADLINE_CUE.test(text.slice(Math.max(0, start - 40), start)) ? "deadline" : rule.kind;
      facts.push({ kind, text: match[0].trim(), key, start, end });
    }
  }
  return facts.sort((a, b) => a.start - b.start);
}
