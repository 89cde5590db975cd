/** The twelve German month names, January first. */
export const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] as const;

/** Abbreviations and variants that letters use, by month number. */
const VARIANTS: Record<number, readonly string[]> = {
  1: ["jan", "jänner"],
  2: ["feb"],
  3: ["maerz", "mär", "mrz"],
  4: ["apr"],
  6: ["jun"],
  7: ["jul"],
  8: ["aug"],
  9: ["sep", "sept"],
  10: ["okt"],
  11: ["nov"],
  12: ["dez"],
};

/** Every written form of a month in lower case, with its number (1–12). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((name, index) => [name.toLowerCase(), ...(VARIANTS[index + 1] ?? [])].map((form) => [form, index + 1] as const)),
);

/** Full names as a pattern alternative: "Januar|Februar|…". */
export const MONTH_NAMES_PATTERN = MONTHS.join("|");

/** Every written form, longest first so that "sept" wins over "sep" (for case-insensitive patterns). */
export const MONTH_FORMS_PATTERN = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
