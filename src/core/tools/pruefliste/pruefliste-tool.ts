import { z } from "zod/mini";
import { defineTool } from "../tool";
import { ToolInputError } from "../tool-input-error";
import { conditionSchema, describeCondition, evaluate, fieldValueSchema, isPresent, type FieldValue } from "./condition";

const itemSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  bezeichnung: z.string().check(z.minLength(1), z.describe("Wie der Punkt im Brief heißt, zum Beispiel „Einkommensnachweis“.")),
  art: z.optional(z.enum(["dokument", "angabe"]).check(z.describe("dokument (Standard): muss unter dokumente stehen. angabe: das Feld muss ausgefüllt sein."))),
  feld: z.optional(z.string().check(z.minLength(1), z.describe("Nur bei angabe: der Name des Felds, wenn er nicht die id ist."))),
  wenn: z.optional(z.array(conditionSchema).check(z.describe("Nur nötig, wenn alle diese Bedingungen zutreffen."))),
});

const input = z.strictObject({
  punkte: z.array(itemSchema).check(z.minLength(1), z.maxLength(200), z.describe("Die Pflichtpunkte der Prüfliste.")),
  felder: z.optional(z.record(z.string(), fieldValueSchema).check(z.describe('Die ausgelesenen Angaben, zum Beispiel { "einkommen": "1.200,00 €" }.'))),
  dokumente: z.optional(z.array(z.string()).check(z.describe("Die ids der Dokumente, die vorliegen."))),
});

export type PrueflisteInput = z.infer<typeof input>;
type Item = PrueflisteInput["punkte"][number];

export interface Finding {
  id: string;
  bezeichnung: string;
  /** One German sentence for the clerk or a Nachforderung. */
  hinweis: string;
}

export interface PrueflisteOutput {
  /** Nothing missing and nothing unclear. */
  vollstaendig: boolean;
  fehlend: Finding[];
  /** Required or not depends on a field that is missing or unreadable. */
  unklar: Finding[];
  vorhanden: string[];
  /** Conditional items whose condition does not hold. */
  nichtNoetig: string[];
  begruendung: string;
}

function present(item: Item, fields: Readonly<Record<string, FieldValue>>, documents: ReadonlySet<string>): boolean {
  return item.art === "angabe" ? isPresent(fields[item.feld ?? item.id]) : documents.has(item.id);
}

function missingSentence(item: Item): string {
  const what = item.art === "angabe" ? `die Angabe „${item.bezeichnung}“` : `das Dokument „${item.bezeichnung}“`;
  const conditions = item.wenn ?? [];
  const because = conditions.length > 0 ? ` Es ist nötig, weil ${conditions.map(describeCondition).join(" und ")}.` : "";
  return `Es fehlt ${what}.${because}`;
}

const list = (findings: readonly Finding[]) => findings.map((finding) => finding.bezeichnung).join(", ");

export const prueflisteTool = defineTool<PrueflisteInput, PrueflisteOutput>({
  name: "pruefliste",
  description:
    "Prüft eine Prüfliste: Welche Pflichtdokumente oder Pflichtangaben fehlen, abhängig von Bedingungen wie „nur wenn einkommen > 0“. Liefert je fehlendem Punkt einen Satz.",
  input,
  run(args) {
    const fields = args.felder ?? {};
    const documents = new Set(args.dokumente ?? []);
    const ids = new Set<string>();
    const output: PrueflisteOutput = { vollstaendig: true, fehlend: [], unklar: [], vorhanden: [], nichtNoetig: [], begruendung: "" };
    for (const item of args.punkte) {
      if (ids.has(item.id)) throw new ToolInputError(`Die Prüfliste nennt den Punkt „${item.id}“ zweimal.`);
      ids.add(item.id);
      const verdicts = (item.wenn ?? []).map((condition) => evaluate(condition, fields));
      const unknown = verdicts.flatMap((verdict) => ("unknown" in verdict ? [verdict.unknown] : []));
      if (verdicts.some((verdict) => "holds" in verdict && !verdict.holds)) output.nichtNoetig.push(item.id);
      else if (present(item, fields, documents)) output.vorhanden.push(item.id);
      else if (unknown.length > 0) {
        const hinweis = `Ob „${item.bezeichnung}“ nötig ist, lässt sich nicht prüfen. ${unknown.join(" ")}`;
        output.unklar.push({ id: item.id, bezeichnung: item.bezeichnung, hinweis });
      } else output.fehlend.push({ id: item.id, bezeichnung: item.bezeichnung, hinweis: missingSentence(item) });
    }
    output.vollstaendig = output.fehlend.length === 0 && output.unklar.length === 0;
    const missing = output.fehlend.length;
    const parts = [`Geprüft: ${args.punkte.length} ${args.punkte.length === 1 ? "Punkt" : "Punkte"}.`];
    parts.push(missing === 0 ? "Es fehlt nichts." : `Es ${missing === 1 ? "fehlt 1 Punkt" : `fehlen ${missing} Punkte`}: ${list(output.fehlend)}.`);
    if (output.unklar.length > 0) parts.push(`Unklar, ob nötig: ${list(output.unklar)}.`);
    if (output.nichtNoetig.length > 0) parts.push(`Nicht nötig, weil ihre Bedingung nicht zutrifft: ${output.nichtNoetig.length}.`);
    output.begruendung = parts.join(" ");
    return output;
  },
});
