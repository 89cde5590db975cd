import { fristTool, LAND_CODES, type ToolSettings } from "../../core/tools";
import type { Command, ParsedValues } from "./command";
import { EXIT } from "./exit-codes";

const HELP = `Usage: koki frist --beginn YYYY-MM-DD --dauer DAUER [--land KÜRZEL] [--bekanntgabe]

Computes the end of a deadline by §§ 187–193 BGB and § 31 VwVfG and prints
JSON {"beginn", "ende", "begruendung"}: the first and last day of the period
(ISO dates) and the reasoning in German, one sentence per rule applied.

Flags:
  --beginn YYYY-MM-DD        day of the event (not counted, § 187 (1) BGB);
                             with --bekanntgabe: the day the letter was posted
  --dauer DAUER              "14 Tage", "2 Wochen", "1 Monat", "3 Monate",
                             "1 Jahr", "einen Monat", "ein halbes Jahr", …
  --land KÜRZEL              whose public holidays count (default NW):
                             ${LAND_CODES.join(" ")}
  --bekanntgabe              the period runs from the day a letter sent by post
                             counts as received (§ 41 (2) VwVfG)
  --bekanntgabe-tage N       days after posting (default 4; 3 for letters
                             posted before 2025)
  --bekanntgabe-verschieben  a received-day on a weekend or holiday moves to
                             the next working day (BFH, for the AO); default:
                             it stays (BSG, OVG Lüneburg)
  --beginn-mitzaehlen        the start day counts (§ 187 (2) BGB), e.g. "from
                             1 April"

Examples:
  koki frist --beginn 2025-03-31 --dauer "1 Monat"
  koki frist --beginn 2025-03-10 --dauer "1 Monat" --land BY --bekanntgabe`;

const text = (values: ParsedValues, name: string) => (typeof values[name] === "string" ? values[name] : undefined);

/** The office's settings from the flags; undefined (and a message on stderr) when a flag is wrong. */
function settingsFrom(values: ParsedValues): ToolSettings | undefined {
  const days = text(values, "bekanntgabe-tage");
  if (days !== undefined && values.bekanntgabe !== true) {
    console.error("--bekanntgabe-tage gilt nur zusammen mit --bekanntgabe.");
    return undefined;
  }
  if (days !== undefined && !/^\d{1,2}$/.test(days.trim())) {
    console.error(`--bekanntgabe-tage braucht eine ganze Zahl von 1 bis 30, nicht „${days}“.`);
    return undefined;
  }
  return {
    land: text(values, "land"),
    bekanntgabeTage: days === undefined ? undefined : Number(days),
    bekanntgabeVerschieben: values["bekanntgabe-verschieben"] === true,
  };
}

/** `koki frist`: the deadline tool on the command line. */
export const fristCommand: Command = {
  name: "frist",
  summary: "Deadline by §§ 187–193 BGB and § 31 VwVfG, with public holidays per Land (JSON).",
  help: HELP,
  options: {
    beginn: { type: "string" },
    dauer: { type: "string" },
    land: { type: "string" },
    bekanntgabe: { type: "boolean" },
    "bekanntgabe-tage": { type: "string" },
    "bekanntgabe-verschieben": { type: "boolean" },
    "beginn-mitzaehlen": { type: "boolean" },
  },
  allowPositionals: false,
  run({ values }) {
    const beginn = text(values, "beginn");
    const dauer = text(values, "dauer");
    if (beginn === undefined || dauer === undefined) {
      console.error(`Es fehlt ${beginn === undefined ? "--beginn" : "--dauer"}. Beispiel: koki frist --beginn 2025-03-31 --dauer "1 Monat"`);
      return Promise.resolve(EXIT.usage);
    }
    const settings = settingsFrom(values);
    if (!settings) return Promise.resolve(EXIT.usage);
    const outcome = fristTool.call(
      { beginn, dauer, bekanntgabe: values.bekanntgabe === true, beginnMitzaehlen: values["beginn-mitzaehlen"] === true },
      settings,
    );
    if (!outcome.ok) {
      console.error(outcome.fehler);
      return Promise.resolve(EXIT.usage);
    }
    process.stdout.write(`${JSON.stringify(outcome.output, null, 2)}\n`);
    return Promise.resolve(0);
  },
};
