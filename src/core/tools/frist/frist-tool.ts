import { z } from "zod/mini";
import { parseIsoDay } from "../calendar/civil-date";
import { settingsLand } from "../calendar/laender";
import { defineTool } from "../tool";
import { ToolInputError } from "../tool-input-error";
import { computeDeadline, type Deadline } from "./deadline";
import { parseDuration } from "./duration";

const input = z.strictObject({
  beginn: z
    .string()
    .check(
      z.regex(/^\s*\d{4}-\d{2}-\d{2}\s*$/, { error: "„beginn“ muss ein Datum in der Form JJJJ-MM-TT sein, zum Beispiel 2025-03-31." }),
      z.describe("Tag des Ereignisses, das die Frist auslöst (zum Beispiel Zustellung), im Format JJJJ-MM-TT. Mit bekanntgabe: der Tag der Aufgabe zur Post."),
    ),
  dauer: z.string().check(z.describe("Dauer der Frist, zum Beispiel „14 Tage“, „2 Wochen“, „1 Monat“, „3 Monate“ oder „1 Jahr“.")),
  bekanntgabe: z.optional(
    z.boolean().check(z.describe("true, wenn beginn der Tag der Aufgabe zur Post ist: Die Frist läuft dann ab der Bekanntgabe nach § 41 Abs. 2 VwVfG.")),
  ),
  beginnMitzaehlen: z.optional(
    z
      .boolean()
      .check(z.describe("true, wenn der Beginn des Tages maßgeblich ist (§ 187 Abs. 2 BGB), etwa „ab dem 1. April“. Sonst zählt der Ereignistag nicht mit.")),
  ),
});

export type FristInput = z.infer<typeof input>;

function noticeDays(days: number | undefined): number | undefined {
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 30)) {
    throw new ToolInputError(`Die Tage bis zur Bekanntgabe müssen eine ganze Zahl von 1 bis 30 sein, nicht „${days}“.`);
  }
  return days;
}

export const fristTool = defineTool<FristInput, Deadline>({
  name: "frist",
  description:
    "Berechnet das Ende einer Frist nach §§ 187 bis 193 BGB und § 31 VwVfG, mit den Feiertagen des Landes und, wenn gewünscht, der Bekanntgabe eines Bescheids per Post. Liefert beginn, ende (JJJJ-MM-TT) und eine Begründung. Rechne Fristen nie selbst, sondern immer mit diesem Werkzeug.",
  input,
  run(args, settings) {
    const start = parseIsoDay(args.beginn);
    if (start === undefined) throw new ToolInputError(`„${args.beginn.trim()}“ ist kein gültiges Datum. Bitte geben Sie ein Datum wie 2025-03-31 an.`);
    return computeDeadline({
      start,
      duration: parseDuration(args.dauer),
      land: settingsLand(settings),
      countsStartDay: args.beginnMitzaehlen === true,
      notice: args.bekanntgabe ? { days: noticeDays(settings.bekanntgabeTage), shift: settings.bekanntgabeVerschieben === true } : undefined,
    });
  },
});
