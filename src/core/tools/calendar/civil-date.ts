/**
 * Calendar days without a time zone: a day is its number since 1970-01-01, so
 * adding days is integer arithmetic and no clock or daylight saving can shift it.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] as const;
export const MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] as const;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function weekdayName(day: Day): string {
  return WEEKDAYS[weekdayOf(day)]!;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2025-03-31" → its day, or undefined for anything that is not a real date in that form. */
export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, date);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoOf(day: Day): string {
  const { year, month, date } = partsOf(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/** "03.05.2025" */
export function germanDate(day: Day): string {
  const { year, month, date } = partsOf(day);
  return `${pad(date)}.${pad(month)}.${year}`;
}

/** "Samstag, 03.05.2025" */
export function germanDateWithWeekday(day: Day): string {
  return `${weekdayName(day)}, ${germanDate(day)}`;
}
