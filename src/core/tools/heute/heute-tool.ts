import { z } from "zod/mini";
import { dayOf, germanDateWithWeekday, isoOf, weekdayName } from "../calendar/civil-date";
import { holidayName } from "../calendar/holidays";
import { LAENDER, settingsLand } from "../calendar/laender";
import { defineTool } from "../tool";
import { ToolInputError } from "../tool-input-error";

export const DEFAULT_TIME_ZONE = "Europe/Berlin";

export interface HeuteOutput {
  /** Today in the office's time zone (ISO). */
  datum: string;
  wochentag: string;
  /** "HH:MM" in the office's time zone. */
  uhrzeit: string;
  zeitzone: string;
  /** The statewide public holiday today, if any. */
  feiertag?: string;
  begruendung: string;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
  } catch {
    throw new ToolInputError(`Die Zeitzone „${timeZone}“ kennt KoKI nicht. Bitte stellen Sie eine Zeitzone wie „Europe/Berlin“ ein.`);
  }
}

/** The calendar day and time that a clock shows at `instant` in `timeZone` (daylight saving included). */
export function localDateTime(instant: Date, timeZone: string): { day: number; time: string } {
  if (Number.isNaN(instant.getTime())) throw new ToolInputError("Die Uhr liefert keine gültige Zeit.");
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const day = dayOf(Number(parts.year), Number(parts.month), Number(parts.day));
  return { day, time: `${parts.hour!.padStart(2, "0")}:${parts.minute!.padStart(2, "0")}` };
}

export const heuteTool = defineTool<Record<string, never>, HeuteOutput>({
  name: "heute",
  description:
    "Nennt das heutige Datum, den Wochentag und die Uhrzeit in der Zeitzone der Verwaltung. Nimm das heutige Datum nie an, sondern frage dieses Werkzeug.",
  input: z.strictObject({}),
  run(_args, settings) {
    const zeitzone = settings.zeitzone ?? DEFAULT_TIME_ZONE;
    const { day, time } = localDateTime((settings.now ?? (() => new Date()))(), zeitzone);
    const land = settingsLand(settings);
    const feiertag = holidayName(day, land);
    const holiday = feiertag ? ` Heute ist ${feiertag}, ein gesetzlicher Feiertag in ${LAENDER[land]}.` : "";
    return {
      datum: isoOf(day),
      wochentag: weekdayName(day),
      uhrzeit: time,
      zeitzone,
      ...(feiertag ? { feiertag } : {}),
      begruendung: `Heute ist ${germanDateWithWeekday(day)}. Es ist ${time} Uhr in der Zeitzone ${zeitzone}.${holiday}`,
    };
  },
});
