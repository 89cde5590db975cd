import { ToolInputError } from "../tool-input-error";

export type DurationUnit = "tage" | "wochen" | "monate" | "jahre";

export interface Duration {
  count: number;
  unit: DurationUnit;
  /** "14 Tage", "1 Monat". */
  label: string;
  /** A fraction as written, "ein halbes Jahr", and the rule that made whole units of it (§ 189 Abs. 1 BGB). */
  fraction?: { text: string; rule: string };
}

const ONES = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
const TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

/** German number words from 1 to 99 ("ein", "einen", "zwei", "vierzehn", "einundzwanzig"). */
function numberWord(word: string): number | undefined {
  const w = word
    .replace(/ss/g, "ß")
    .replace(/ue/g, "ü")
    .replace(/oe/g, "ö")
    .replace(/^(eine[mnrs]?)$/, "ein");
  if (ONES.includes(w) && w !== "") return ONES.indexOf(w);
  if (w === "eins") return 1;
  if (TEENS.includes(w)) return 10 + TEENS.indexOf(w);
  if (TENS.includes(w) && w !== "") return TENS.indexOf(w) * 10;
  const compound = /^(\p{L}+)und(\p{L}+)$/u.exec(w);
  if (compound && ONES.includes(compound[1]!) && TENS.includes(compound[2]!) && compound[2] !== "") {
    return TENS.indexOf(compound[2]!) * 10 + ONES.indexOf(compound[1]!);
  }
  return undefined;
}

const UNITS: Record<string, DurationUnit> = {
  tag: "tage",
  tage: "tage",
  tagen: "tage",
  tages: "tage",
  kalendertag: "tage",
  kalendertage: "tage",
  kalendertagen: "tage",
  woche: "wochen",
  wochen: "wochen",
  monat: "monate",
  monate: "monate",
  monaten: "monate",
  monats: "monate",
  jahr: "jahre",
  jahre: "jahre",
  jahren: "jahre",
  jahres: "jahre",
};

// Singular, plural, dative plural.
const NAMES: Record<DurationUnit, [string, string, string]> = {
  tage: ["Tag", "Tage", "Tagen"],
  wochen: ["Woche", "Wochen", "Wochen"],
  monate: ["Monat", "Monate", "Monaten"],
  jahre: ["Jahr", "Jahre", "Jahren"],
};

/** "1 Monat", "3 Monate"; with `dative`, "3 Monaten" (as in "eine Frist von 3 Monaten"). */
export function durationLabel(count: number, unit: DurationUnit, dative = false): string {
  return `${count} ${NAMES[unit][count === 1 ? 0 : dative ? 2 : 1]}`;
}

const fraction = (count: number, unit: DurationUnit, text: string): Duration => ({
  count,
  unit,
  label: durationLabel(count, unit),
  fraction: { text, rule: "§ 189 Abs. 1 BGB" },
});

// § 189 Abs. 1 BGB: a half year is 6 months, a quarter 3 months, half a month 15 days.
const FRACTIONS: Record<string, Duration> = {
  "halbes jahr": fraction(6, "monate", "ein halbes Jahr"),
  halbjahr: fraction(6, "monate", "ein halbes Jahr"),
  vierteljahr: fraction(3, "monate", "ein Vierteljahr"),
  "halber monat": fraction(15, "tage", "ein halber Monat"),
  "halben monat": fraction(15, "tage", "ein halber Monat"),
};

const EXAMPLES = "zum Beispiel „14 Tage“, „2 Wochen“, „1 Monat“, „3 Monate“ oder „1 Jahr“";

/** "14 Tage", "einen Monat", "6 Wochen", "ein halbes Jahr" → count and unit; a ToolInputError in German otherwise. */
export function parseDuration(text: string): Duration {
  const normalized = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  if (normalized === "") throw new ToolInputError(`Die Dauer fehlt. Bitte geben Sie eine Dauer an, ${EXAMPLES}.`);
  const fraction = FRACTIONS[normalized.replace(/^(ein|eine|einen|einem) /, "")];
  if (fraction) return fraction;
  const match = /^(\d{1,5}|\p{L}+)\s*(\p{L}+)\.?$/u.exec(normalized);
  const unit = match ? UNITS[match[2]!] : undefined;
  if (match && /^(werk|arbeits)tag/.test(match[2]!)) {
    throw new ToolInputError(
      `Fristen in Werktagen oder Arbeitstagen rechnet KoKI nicht. Bitte geben Sie Kalendertage, Wochen, Monate oder Jahre an, ${EXAMPLES}.`,
    );
  }
  const count = match ? (/^\d+$/.test(match[1]!) ? Number(match[1]) : numberWord(match[1]!)) : undefined;
  if (!match || unit === undefined || count === undefined) {
    throw new ToolInputError(`KoKI versteht die Dauer „${text.trim()}“ nicht. Bitte schreiben Sie eine Zahl und eine Einheit, ${EXAMPLES}.`);
  }
  if (count < 1) throw new ToolInputError(`Die Dauer „${text.trim()}“ ist zu kurz. Eine Frist dauert mindestens 1 Tag.`);
  return { count, unit, label: durationLabel(count, unit) };
}
