import { germanDate, germanDateWithWeekday, isoOf, partsOf, type Day } from "../calendar/civil-date";
import { FIRST_YEAR, LAST_YEAR, REGIONAL_HOLIDAYS, regionalHolidayOn } from "../calendar/holidays";
import { LAENDER, type Land } from "../calendar/laender";
import { ToolInputError } from "../tool-input-error";
import type { Duration } from "./duration";
import { noticeDay, type NoticeSettings } from "./notice";
import { periodEnd } from "./period-end";
import { describeDay, describeDays, nextWorkingDay } from "./working-day";

export interface DeadlineRequest {
  /** The event's day; with `notice`, the day the letter was posted. */
  start: Day;
  duration: Duration;
  land: Land;
  /** § 187 Abs. 2 BGB: the period runs from the beginning of `start`, which is counted. */
  countsStartDay: boolean;
  /** A letter sent by post: the period runs from its fictive day of notice (§ 41 Abs. 2 VwVfG). */
  notice?: NoticeSettings;
}

export interface Deadline {
  /** First day of the period (ISO). */
  beginn: string;
  /** Last day of the period after § 193 BGB (ISO). */
  ende: string;
  /** Each rule applied, in German, in order. */
  begruendung: string;
}

const RANGE = `KoKI berechnet Fristen für die Jahre ${FIRST_YEAR} bis ${LAST_YEAR}.`;

function inRange(day: Day, what: string): void {
  const { year } = partsOf(day);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new ToolInputError(`${what} ${germanDate(day)} liegt außerhalb des Bereichs. ${RANGE}`);
}

/** § 193 BGB, § 31 Abs. 3 VwVfG: an end on a Saturday, Sunday or holiday moves to the next working day. */
function workingDayEnd(lastDay: Day, land: Land): { end: Day; step: string } {
  const { day: end, skipped } = nextWorkingDay(lastDay, land);
  const [first, ...others] = skipped;
  if (!first) return { end, step: `Der ${germanDate(lastDay)} ist ein Werktag; das Fristende verschiebt sich nicht.` };
  const holiday = first.reason !== "Samstag" && first.reason !== "Sonntag" ? `, ein gesetzlicher Feiertag in ${LAENDER[land]}` : "";
  const also = others.length === 0 ? "" : ` Auch ${describeDays(others)} ${others.length === 1 ? "ist kein Werktag" : "sind keine Werktage"}.`;
  return {
    end,
    step: `Das Fristende fiele auf ${describeDay(first)}${holiday}.${also} Es verschiebt sich auf den nächsten Werktag, ${germanDateWithWeekday(end)} (§ 193 BGB, § 31 Abs. 3 VwVfG).`,
  };
}

function endFrom(eventDay: Day, request: DeadlineRequest) {
  const period = periodEnd({ day: eventDay, countsStartDay: request.countsStartDay }, request.duration);
  inRange(period.lastDay, "Das Fristende");
  return { ...period, ...workingDayEnd(period.lastDay, request.land) };
}

function holidayNotes(end: Day, land: Land): string[] {
  const notes = [`Berücksichtigt sind die landesweiten gesetzlichen Feiertage in ${LAENDER[land]}.`];
  const regional = REGIONAL_HOLIDAYS[land];
  if (regional) {
    const list = regional.map((holiday) => `${holiday.name} ${holiday.where}`).join(", ");
    notes.push(`Feiertage, die nur in einzelnen Gemeinden gelten (${list}), sind nicht berücksichtigt.`);
  }
  const onEnd = regionalHolidayOn(end, land);
  if (onEnd) {
    const later = nextWorkingDay(end, land, true).day;
    notes.push(
      `Achtung: Der ${germanDate(end)} ist ${onEnd.where} ein Feiertag (${onEnd.name}). Gilt er am Sitz der Behörde, endet die Frist erst am ${germanDateWithWeekday(later)}.`,
    );
  }
  return notes;
}

/** A deadline by §§ 187–193 BGB and § 31 VwVfG, with German reasoning for each step. */
export function computeDeadline(request: DeadlineRequest): Deadline {
  inRange(request.start, request.notice ? "Der Tag der Aufgabe zur Post" : "Der Beginn");
  if (request.notice && request.countsStartDay) {
    throw new ToolInputError(
      "Bei einer Bekanntgabe zählt deren Tag nie mit (§ 187 Abs. 1 BGB). Bitte wählen Sie entweder die Bekanntgabe oder „Beginn mitzählen“.",
    );
  }
  const steps = ["Berechnet nach §§ 187 bis 193 BGB, die nach § 31 Abs. 1 VwVfG auch im Verwaltungsverfahren gelten."];
  const notice = request.notice ? noticeDay(request.start, request.land, request.notice) : undefined;
  if (notice) steps.push(...notice.steps);
  const result = endFrom(notice?.day ?? request.start, request);
  steps.push(...result.steps, result.step);
  if (notice?.alternative !== undefined) {
    const other = endFrom(notice.alternative, request).end;
    steps.push(
      `Nach der Gegenansicht (BFH, Urteil vom 14.10.2003, IX R 68/98, für Bescheide nach der Abgabenordnung) gälte der Bescheid erst am ${germanDateWithWeekday(notice.alternative)} als bekannt gegeben; die Frist endete dann am ${germanDateWithWeekday(other)}.`,
    );
  }
  steps.push(...holidayNotes(result.end, request.land));
  steps.push(`Ergebnis: Die Frist endet am ${germanDateWithWeekday(result.end)}, um 24:00 Uhr.`);
  return { beginn: isoOf(result.firstDay), ende: isoOf(result.end), begruendung: steps.join(" ") };
}
