import Big from "big.js";
import { ToolInputError } from "../tool-input-error";

// Exact decimal add, subtract and multiply (no division, so nothing is rounded on the way); half-up
// ("kaufmännisch") rounding to cents at the end. Strict: a JavaScript number can never slip in.
const Decimal = Big();
Decimal.RM = Decimal.roundHalfUp;
Decimal.strict = true;
export type Decimal = Big;

const count = (text: string, mark: string) => text.split(mark).length - 1;
const grouped = (mark: "." | ",") => (mark === "." ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/);

/** Which mark separates the decimals: the later of two marks; a lone one, unless it is a dot before exactly three digits. */
function decimalMarkOf(s: string): "." | "," | undefined {
  const commas = count(s, ",");
  const dots = count(s, ".");
  if (commas > 0 && dots > 0) return s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  if (commas === 1) return ",";
  if (dots === 1 && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) return ".";
  return undefined;
}

/** Digits with an optional decimal point, or undefined for what is not a number. */
function canonical(s: string): string | undefined {
  const decimalMark = decimalMarkOf(s);
  const groupMark = decimalMark === "," || (!decimalMark && s.includes(".")) ? "." : ",";
  const parts = decimalMark ? s.split(decimalMark) : [s];
  if (parts.length > 2) return undefined;
  const [written = "", fraction] = parts;
  if (written.includes(groupMark) && !grouped(groupMark).test(written)) return undefined;
  const whole = written.replaceAll(groupMark, "");
  if (!/^\d{1,30}$/.test(whole) || (fraction !== undefined && !/^\d{1,20}$/.test(fraction))) return undefined;
  return fraction === undefined ? whole : `${whole}.${fraction}`;
}

/**
 * German "1.234,56", plain "1234.56", also "1,234.56" and "50,-", with or without "€", "EUR" or "%".
 * A lone dot before exactly three digits ("1.234") groups thousands, as a German reader means it.
 */
export function parseDecimal(raw: string | number, what: string): Decimal {
  const text = String(raw);
  const s = text
    .normalize("NFKC")
    .replace(/[\s']/g, "")
    .replace(/€|euro?|%|prozent/gi, "")
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/,-$/, "");
  const sign = /^[-+]/.exec(s)?.[0] === "-" ? "-" : "";
  const digits = canonical(s.replace(/^[-+]/, ""));
  if (digits === undefined) {
    throw new ToolInputError(`${what} „${text.trim()}“ ist keine Zahl, mit der KoKI rechnen kann. Schreiben Sie zum Beispiel „1.234,56 €“ oder „1234.56“.`);
  }
  return new Decimal(sign + digits);
}

function german(value: Decimal, places: number): string {
  const [whole = "0", fraction] = value.abs().toFixed(places).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value.lt("0") ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "1.234,56 €", rounded half-up to cents. */
export function euro(value: Decimal): string {
  return `${german(value, 2)} €`;
}

/** Every digit, German notation, at least cents: "234,5664 €". */
export function exactEuro(value: Decimal): string {
  const places = Math.max(2, (value.toFixed().split(".")[1] ?? "").length);
  return `${german(value, places)} €`;
}

/** A factor or percentage as written in German: "1,5", "19". */
export function germanNumber(value: Decimal): string {
  return german(value, (value.toFixed().split(".")[1] ?? "").length);
}

export function toCents(value: Decimal): Decimal {
  return value.round(2, Decimal.roundHalfUp);
}

export { Decimal };
