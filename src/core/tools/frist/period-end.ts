import { dayOf, daysInMonth, germanDate, germanDateWithWeekday, MONTH_NAMES, partsOf, weekdayName, type Day } from "../calendar/civil-date";
import { durationLabel, type Duration } from "./duration";

/** Where a period starts: after the day of an event (§ 187 Abs. 1 BGB) or with the beginning of a day (§ 187 Abs. 2 BGB). */
export interface PeriodStart {
  day: Day;
  countsStartDay: boolean;
}

export interface PeriodEnd {
  /** The first day counted. */
  firstDay: Day;
  /** The last day by §§ 188, 189 BGB, before § 193 BGB moves it off a weekend or holiday. */
  lastDay: Day;
  steps: string[];
}

/** The month `months` after the start's month, and the day in it with number `date`, clamped to its last day (§ 188 Abs. 3 BGB). */
function dayInMonthAfter(start: Day, months: number, date: number): { day: Day; missing?: string } {
  const { year, month } = partsOf(start);
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (date === 0) return { day: dayOf(targetYear, targetMonth, 1) - 1 };
  const last = daysInMonth(targetYear, targetMonth);
  if (date <= last) return { day: dayOf(targetYear, targetMonth, date) };
  return { day: dayOf(targetYear, targetMonth, last), missing: `Einen ${date}. gibt es im ${MONTH_NAMES[targetMonth - 1]} ${targetYear} nicht` };
}

/** The last day of a period by §§ 187, 188, 189 BGB, with one German sentence per rule applied. */
export function periodEnd(start: PeriodStart, duration: Duration): PeriodEnd {
  const { day, countsStartDay } = start;
  const firstDay = countsStartDay ? day : day + 1;
  const steps = [
    countsStartDay
      ? `Der ${germanDate(day)} wird mitgerechnet, weil der Beginn dieses Tages maßgeblich ist (§ 187 Abs. 2 BGB).`
      : `Der Ereignistag ${germanDate(day)} wird nicht mitgerechnet (§ 187 Abs. 1 BGB). Die Frist beginnt am ${germanDate(firstDay)}.`,
  ];
  const { count, unit, fraction } = duration;
  if (fraction) steps.push(`${fraction.text.replace(/^e/, "E")} sind ${duration.label} (${fraction.rule}).`);
  const named = `Eine Frist von ${durationLabel(count, unit, true)}`;

  if (unit === "tage") {
    const lastDay = firstDay + count - 1;
    steps.push(`${named} endet mit Ablauf ihres letzten Tages (§ 188 Abs. 1 BGB): ${germanDateWithWeekday(lastDay)}.`);
    return { firstDay, lastDay, steps };
  }
  if (unit === "wochen") {
    const lastDay = firstDay + 7 * count - 1;
    const rule = countsStartDay
      ? `mit Ablauf des Tages der letzten Woche, der dem Wochentag des Anfangstags vorausgeht, einem ${weekdayName(day)}`
      : `mit Ablauf des Tages der letzten Woche, der denselben Wochentag hat wie der Ereignistag, ein ${weekdayName(day)}`;
    steps.push(`${named} endet ${rule} (§ 188 Abs. 2 BGB): ${germanDateWithWeekday(lastDay)}.`);
    return { firstDay, lastDay, steps };
  }
  const months = unit === "jahre" ? 12 * count : count;
  const startDate = partsOf(day).date;
  const { day: lastDay, missing } = dayInMonthAfter(day, months, countsStartDay ? startDate - 1 : startDate);
  const rule = countsStartDay
    ? `mit Ablauf des Tages vor dem Tag im letzten Monat, der dieselbe Zahl hat wie der Anfangstag`
    : `mit Ablauf des Tages im letzten Monat, der dieselbe Zahl hat wie der Ereignistag`;
  if (missing) {
    steps.push(
      `${named} endet ${rule} (§ 188 Abs. 2 BGB). ${missing}; die Frist endet deshalb am letzten Tag dieses Monats, ${germanDateWithWeekday(lastDay)} (§ 188 Abs. 3 BGB).`,
    );
  } else {
    steps.push(`${named} endet ${rule} (§ 188 Abs. 2 BGB): ${germanDateWithWeekday(lastDay)}.`);
  }
  return { firstDay, lastDay, steps };
}
