import { dayOf, germanDateWithWeekday, type Day } from "../calendar/civil-date";
import { nonWorkingReason } from "../calendar/holidays";
import type { Land } from "../calendar/laender";
import { describeDay, nextWorkingDay } from "./working-day";

/** Since 1 January 2025 a letter counts as received on the fourth day after posting (§ 41 Abs. 2 VwVfG as amended by the PostModG); before, the third. */
const FOUR_DAYS_FROM = dayOf(2025, 1, 1);

export interface NoticeSettings {
  /** The office's setting (agents.bekanntgabeTage); unset: 4, or 3 for letters posted before 2025. */
  days?: number;
  /** Whether a fictive day on a weekend or holiday moves to the next working day (the BFH's view for the AO). */
  shift: boolean;
}

export interface Notice {
  /** The day the letter counts as received: the event from which the period runs. */
  day: Day;
  /** Where the day stays on a weekend or holiday: the day the opposite view would take. */
  alternative?: Day;
  steps: string[];
}

const ORDINALS = ["", "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten", "zehnten"];

/** The fictive day of notice of a letter sent by post (§ 41 Abs. 2 VwVfG), with the reasoning. */
export function noticeDay(posted: Day, land: Land, settings: NoticeSettings): Notice {
  const days = settings.days ?? (posted >= FOUR_DAYS_FROM ? 4 : 3);
  const basis =
    settings.days !== undefined
      ? `; eingestellt sind ${days} Tage`
      : posted >= FOUR_DAYS_FROM
        ? " in der seit 01.01.2025 geltenden Fassung"
        : " in der bis 31.12.2024 geltenden Fassung: dritter Tag";
  const fictive = posted + days;
  const ordinal = ORDINALS[days] ?? `${days}.`;
  const steps = [
    `Der Bescheid wurde am ${germanDateWithWeekday(posted)} zur Post gegeben. Er gilt am ${ordinal} Tag danach als bekannt gegeben (§ 41 Abs. 2 Satz 1 VwVfG${basis}): am ${germanDateWithWeekday(fictive)}.`,
  ];
  const reason = nonWorkingReason(fictive, land);
  let day = fictive;
  let alternative: Day | undefined;
  if (reason) {
    const next = nextWorkingDay(fictive, land).day;
    const nonWorking = `Der ${describeDay({ day: fictive, reason })} ist kein Werktag.`;
    if (settings.shift) {
      day = next;
      steps.push(
        `${nonWorking} Nach der gewählten Einstellung verschiebt sich die Bekanntgabe auf den nächsten Werktag, ${germanDateWithWeekday(next)} (so BFH, Urteil vom 14.10.2003, IX R 68/98, zu § 122 Abs. 2 AO).`,
      );
    } else {
      alternative = next;
      steps.push(
        `${nonWorking} Die Bekanntgabe gilt trotzdem an diesem Tag: § 31 Abs. 3 VwVfG verschiebt nur das Ende einer Frist, nicht den Tag der Bekanntgabe (BSG, Urteil vom 06.05.2010, B 14 AS 12/09 R; OVG Lüneburg, Beschluss vom 28.02.2011, 4 LA 44/10).`,
      );
    }
  }
  steps.push(`Ging der Bescheid nachweislich später zu, zählt der spätere Tag (§ 41 Abs. 2 Satz 3 VwVfG).`);
  return { day, alternative, steps };
}
