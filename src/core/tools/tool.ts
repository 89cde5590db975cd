import { z } from "zod/mini";
import { ToolInputError } from "./tool-input-error";

/**
 * What the office decided, never the model: the gateway builds this from its
 * config (or the CLI from its flags), so a hostile document cannot change it.
 */
export interface ToolSettings {
  /** Kürzel of the Land whose public holidays count; default NW. */
  land?: string;
  /** Days after posting on which a letter counts as received (agents.bekanntgabeTage); default 4, or 3 before 2025. */
  bekanntgabeTage?: number;
  /** Whether that fictive day moves off a weekend or holiday; default false (BSG, OVG Lüneburg). */
  bekanntgabeVerschieben?: boolean;
  /** IANA time zone of the office; default Europe/Berlin. */
  zeitzone?: string;
  /** The clock; injected by tests. */
  now?: () => Date;
}

/** Every tool's output explains itself in German, step by step. */
export interface Reasoned {
  begruendung: string;
}

/** What a tool module declares: a JSON-schema'd input and a pure function to a structured output. */
export interface ToolSpec<Input, Output extends Reasoned> {
  name: string;
  /** For the model (German, like every prompt): what the tool does and when to call it. */
  description: string;
  input: z.ZodMiniType<Input, unknown>;
  /** Pure: no I/O, no clock but `settings.now`. Throws ToolInputError for input it cannot use. */
  run(input: Input, settings: ToolSettings): Output;
}

export type ToolOutcome<Output> = { ok: true; output: Output } | { ok: false; fehler: string };

export interface Tool<Input, Output extends Reasoned> extends ToolSpec<Input, Output> {
  /** Parses raw arguments (a model's tool call, an agent step) and runs; bad input becomes `{ ok: false, fehler }` in German. */
  call(raw: unknown, settings?: ToolSettings): ToolOutcome<Output>;
  /** The input as JSON Schema, for OpenAI `tools[].function.parameters` (vLLM and Ollama read the same). */
  parameters(): Record<string, unknown>;
}

const TYPES: Record<string, string> = {
  string: "Text",
  number: "eine Zahl",
  int: "eine ganze Zahl",
  boolean: "true oder false",
  object: "ein Objekt",
  array: "eine Liste",
};

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

/**
 * One plain-German sentence per problem, as this parse's error map: it never depends on zod's
 * global locale. A schema's own `error` message still wins where a rule needs explaining.
 */
const germanIssue: z.core.$ZodErrorMap = (issue) => {
  const name = where(issue.path ?? []);
  const field = name ? `„${name}“` : "Die Eingabe";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `${field} fehlt.` : `${field} muss ${TYPES[issue.expected] ?? issue.expected} sein.`;
    case "unrecognized_keys":
      return `Unbekannte Angabe${issue.keys.length > 1 ? "n" : ""}${name ? ` in ${field}` : ""}: ${issue.keys.map((key) => `„${key}“`).join(", ")}.`;
    case "invalid_value":
      return `${field} muss eines davon sein: ${issue.values.map(String).join(", ")}.`;
    case "too_small":
      return issue.origin === "array" || issue.origin === "string" ? `${field} ist leer.` : `${field} muss mindestens ${String(issue.minimum)} sein.`;
    case "too_big":
      return issue.origin === "array" || issue.origin === "string" ? `${field} ist zu lang.` : `${field} darf höchstens ${String(issue.maximum)} sein.`;
    default:
      return `${field} ist ungültig.`;
  }
};

/** Checks raw input against the tool's schema; throws a ToolInputError that says in German what is wrong. */
function parseInput<Input>(spec: ToolSpec<Input, Reasoned>, raw: unknown): Input {
  const result = z.safeParse(spec.input, raw ?? {}, { reportInput: true, error: germanIssue });
  if (result.success) return result.data;
  const problems = [...new Set(result.error.issues.map((issue) => issue.message))];
  throw new ToolInputError(`Das Werkzeug „${spec.name}“ kann diese Eingabe nicht verwenden. ${problems.join(" ")}`);
}

export function defineTool<Input, Output extends Reasoned>(spec: ToolSpec<Input, Output>): Tool<Input, Output> {
  return {
    ...spec,
    call(raw, settings = {}) {
      try {
        return { ok: true, output: spec.run(parseInput(spec, raw), settings) };
      } catch (error) {
        if (error instanceof ToolInputError) return { ok: false, fehler: error.message };
        throw error;
      }
    },
    parameters() {
      // The $schema line is for validators; OpenAI-compatible servers want the bare object schema.
      const schema: Record<string, unknown> = { ...z.toJSONSchema(spec.input, { io: "input", unrepresentable: "any" }) };
      delete schema.$schema;
      return schema;
    },
  };
}
