import { z } from "zod/mini";
import { parseDecimal, type Decimal } from "../rechnen/decimal";
import { ToolInputError } from "../tool-input-error";

export const fieldValueSchema = z.nullable(z.union([z.string(), z.number(), z.boolean()]));
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const conditionSchema = z.strictObject({
  feld: z.string().check(z.minLength(1), z.describe("Name des Felds aus den ausgelesenen Angaben, zum Beispiel „einkommen“.")),
  ist: z.enum([">", ">=", "<", "<=", "=", "!=", "vorhanden", "fehlt", "ja", "nein"]),
  wert: z.optional(z.union([z.string(), z.number(), z.boolean()])),
});
export type Condition = z.infer<typeof conditionSchema>;

/** true, false, or unknown with the reason as a German sentence (a field that is missing or not a number). */
export type Verdict = { holds: boolean } | { unknown: string };

export function isPresent(value: FieldValue | undefined): boolean {
  return value !== undefined && value !== null && String(value).trim() !== "";
}

const YES = new Set(["ja", "true", "wahr", "x", "1"]);
const NO = new Set(["nein", "false", "falsch", "0"]);

function tryDecimal(value: string | number | boolean): Decimal | undefined {
  if (typeof value === "boolean") return undefined;
  try {
    return parseDecimal(value, "");
  } catch {
    return undefined;
  }
}

const COMPARE = { ">": "größer als", ">=": "mindestens", "<": "kleiner als", "<=": "höchstens" } as const;

/** The condition as the end of a German "weil …" clause: "„einkommen“ größer als 0 ist". */
export function describeCondition({ feld, ist, wert }: Condition): string {
  const name = `„${feld}“`;
  if (ist in COMPARE) return `${name} ${COMPARE[ist as keyof typeof COMPARE]} ${String(wert)} ist`;
  if (ist === "=") return `${name} „${String(wert)}“ ist`;
  if (ist === "!=") return `${name} nicht „${String(wert)}“ ist`;
  if (ist === "vorhanden") return `${name} angegeben ist`;
  if (ist === "fehlt") return `${name} nicht angegeben ist`;
  return ist === "ja" ? `${name} zutrifft` : `${name} nicht zutrifft`;
}

/** A checklist's own mistake (a comparison without a number): the admin must fix it, so it is an input error. */
function needsValue(condition: Condition): string | number | boolean {
  if (condition.wert === undefined) throw new ToolInputError(`Die Bedingung zu „${condition.feld}“ mit „${condition.ist}“ braucht einen Wert.`);
  return condition.wert;
}

export function evaluate(condition: Condition, fields: Readonly<Record<string, FieldValue>>): Verdict {
  const value = fields[condition.feld];
  if (condition.ist === "vorhanden") return { holds: isPresent(value) };
  if (condition.ist === "fehlt") return { holds: !isPresent(value) };
  if (!isPresent(value)) return { unknown: `Die Angabe „${condition.feld}“ fehlt.` };
  const given = value!;
  if (condition.ist === "ja" || condition.ist === "nein") {
    const text = String(given).trim().toLowerCase();
    if (!YES.has(text) && !NO.has(text)) return { unknown: `„${condition.feld}“ ist weder ja noch nein.` };
    return { holds: YES.has(text) === (condition.ist === "ja") };
  }
  const expected = needsValue(condition);
  if (condition.ist === "=" || condition.ist === "!=") {
    const [a, b] = [tryDecimal(given), tryDecimal(expected)];
    const same = a && b ? a.eq(b) : String(given).trim().toLowerCase() === String(expected).trim().toLowerCase();
    return { holds: same === (condition.ist === "=") };
  }
  const limit = tryDecimal(expected);
  if (!limit) throw new ToolInputError(`Die Bedingung zu „${condition.feld}“ vergleicht mit „${String(expected)}“. Das ist keine Zahl.`);
  const number = tryDecimal(given);
  if (!number) return { unknown: `„${condition.feld}“ ist keine Zahl.` };
  const holds = { ">": number.gt(limit), ">=": number.gte(limit), "<": number.lt(limit), "<=": number.lte(limit) }[condition.ist];
  return { holds };
}
