import { z } from "zod/mini";
import { defineTool } from "../tool";
import { ToolInputError } from "../tool-input-error";
import { Decimal, euro, exactEuro, germanNumber, parseDecimal, toCents } from "./decimal";

const number = z.union([z.string(), z.number()]);

const input = z.strictObject({
  rechenart: z
    .enum(["summe", "differenz", "produkt", "prozent", "runden"])
    .check(
      z.describe(
        "summe: alle werte addieren. differenz: vom ersten Wert die übrigen abziehen. produkt: den einen Wert mit faktor malnehmen. prozent: prozentsatz vom einen Wert. runden: den einen Wert auf Cent runden.",
      ),
    ),
  werte: z.array(number).check(z.minLength(1), z.maxLength(100), z.describe("Beträge wie im Text, zum Beispiel „1.234,56 €“ oder „1234.56“.")),
  faktor: z.optional(number.check(z.describe("Nur bei produkt: der Faktor, zum Beispiel „3“ oder „1,5“."))),
  prozentsatz: z.optional(number.check(z.describe("Nur bei prozent: der Prozentsatz, zum Beispiel „19“ oder „7,5 %“."))),
});

export type RechnenInput = z.infer<typeof input>;

export interface RechnenOutput {
  /** German amount, rounded half-up to cents: "1.234,57 €". */
  ergebnis: string;
  /** The same amount for machines: "1234.57". */
  betrag: string;
  /** Every digit before rounding: "1234.5664". */
  genau: string;
  begruendung: string;
}

const signed = (value: Decimal) => (value.lt("0") ? `(${euro(value)})` : euro(value));

function one(args: RechnenInput): Decimal {
  if (args.werte.length !== 1) throw new ToolInputError(`Für „${args.rechenart}“ geben Sie genau einen Betrag an, nicht ${args.werte.length}.`);
  return parseDecimal(args.werte[0]!, "Der Betrag");
}

function calculate(args: RechnenInput): { value: Decimal; text: string } {
  const values = () => args.werte.map((value, index) => parseDecimal(value, `Der ${index + 1}. Betrag`));
  switch (args.rechenart) {
    case "summe": {
      const terms = values();
      const value = terms.reduce((sum, term) => sum.plus(term), new Decimal("0"));
      return { value, text: `Summe: ${terms.map(signed).join(" + ")} = ${exactEuro(value)}.` };
    }
    case "differenz": {
      if (args.werte.length < 2) throw new ToolInputError("Für eine Differenz geben Sie mindestens zwei Beträge an.");
      const [first, ...rest] = values();
      const value = rest.reduce((difference, term) => difference.minus(term), first!);
      return { value, text: `Differenz: ${[first!, ...rest].map(signed).join(" − ")} = ${exactEuro(value)}.` };
    }
    case "produkt": {
      if (args.faktor === undefined) throw new ToolInputError("Für ein Produkt fehlt der Faktor, zum Beispiel „3“ oder „1,5“.");
      const amount = one(args);
      const factor = parseDecimal(args.faktor, "Der Faktor");
      const value = amount.times(factor);
      return { value, text: `Produkt: ${signed(amount)} × ${germanNumber(factor)} = ${exactEuro(value)}.` };
    }
    case "prozent": {
      if (args.prozentsatz === undefined) throw new ToolInputError("Für eine Prozentrechnung fehlt der Prozentsatz, zum Beispiel „19“.");
      const amount = one(args);
      const rate = parseDecimal(args.prozentsatz, "Der Prozentsatz");
      const value = amount.times(rate).times("0.01");
      return { value, text: `${germanNumber(rate)} % von ${euro(amount)} = ${exactEuro(value)}.` };
    }
    case "runden": {
      const value = one(args);
      return { value, text: `Betrag: ${exactEuro(value)}.` };
    }
  }
}

export const rechnenTool = defineTool<RechnenInput, RechnenOutput>({
  name: "rechnen",
  description:
    "Rechnet mit Geldbeträgen exakt in Dezimalzahlen: Summe, Differenz, Produkt mit einem Faktor, Prozent und Runden auf Cent (kaufmännisch). Rechne Beträge nie selbst, sondern immer mit diesem Werkzeug.",
  input,
  run(args) {
    const { value, text } = calculate(args);
    const cents = toCents(value);
    const rounding = cents.eq(value)
      ? "Das Ergebnis ist genau; es muss nicht gerundet werden."
      : `Kaufmännisch auf Cent gerundet (ab 5 wird aufgerundet): ${euro(cents)}.`;
    return {
      ergebnis: euro(cents),
      betrag: cents.toFixed(2),
      genau: value.toFixed(),
      begruendung: `Gerechnet mit exakten Dezimalzahlen, ohne Rundungsfehler. ${text} ${rounding}`,
    };
  },
});
