import { germanDateWithWeekday, type Day } from "../calendar/civil-date";
import { nonWorkingReason, regionalHolidayOn } from "../calendar/holidays";
import type { Land } from "../calendar/laender";

export interface SkippedDay {
  day: Day;
  /** "Samstag", "Sonntag" or the holiday's name. */
  reason: string;
}

/** The first working day from `day` on (§ 193 BGB), with the days passed over; optionally regional holidays count too. */
export function nextWorkingDay(day: Day, land: Land, withRegional = false): { day: Day; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  for (let d = day; ; d++) {
    const reason = nonWorkingReason(d, land) ?? (withRegional ? regionalHolidayOn(d, land)?.name : undefined);
    if (!reason) return { day: d, skipped };
    skipped.push({ day: d, reason });
  }
}

/** "Samstag, 03.05.2025" or "Montag, 21.04.2025 (Ostermontag)". */
export function describeDay({ day, reason }: SkippedDay): string {
  const text = germanDateWithWeekday(day);
  return reason === "Samstag" || reason === "Sonntag" ? text : `${text} (${reason})`;
}

/** "Samstag, 03.05.2025", "…, Sonntag, 04.05.2025 und Montag, 05.05.2025 (…)". */
export function describeDays(days: readonly SkippedDay[]): string {
  const texts = days.map(describeDay);
  return texts.length <= 1 ? (texts[0] ?? "") : `${texts.slice(0, -1).join("; ")} und ${texts.at(-1)!}`;
}
