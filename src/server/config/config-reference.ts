import { z } from "zod";
import { configSchema } from "./config-schema";
import { ENV_KEYS, PROCESS_VARIABLES } from "./env-mapping";

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** A text in both UI languages: one row, not two. */
const isLocalized = (schema: JsonSchema) => Object.keys(schema.properties ?? {}).join() === "de,en";

function typeOf(schema: JsonSchema): string {
  if (isLocalized(schema)) return "`{de, en}`";
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(" \\| ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map(typeOf))].join(" \\| ");
  if (schema.type === "array") return `list of ${schema.items ? typeOf(schema.items) : "values"}`;
  return Array.isArray(schema.type) ? schema.type.join(" \\| ") : (schema.type ?? "value");
}

function defaultOf(schema: JsonSchema): string {
  if (schema.default === undefined) return "–";
  if (Array.isArray(schema.default)) return `\`[${schema.default.map(String).join(", ")}]\``;
  if (typeof schema.default === "object") return "(see keys below)";
  return `\`${typeof schema.default === "string" ? schema.default : JSON.stringify(schema.default)}\``;
}

/**
 * Every configuration key with its environment variable, type, default and
 * meaning, generated from the zod schema (docs/CONFIG.md is its output, and
 * a test keeps the two equal).
 */
export function configReference(): string {
  const root = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const env = new Map<string, string>(Object.entries(ENV_KEYS).map(([name, key]) => [key as string, name]));
  const rows: string[] = [];
  const walk = (schema: JsonSchema, path: string[]) => {
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const key = [...path, name].join(".");
      const nested = child.properties && Object.keys(child.properties).length > 0 && !isLocalized(child);
      const meaning = (child.description ?? "").replace(/\|/gu, "\\|");
      if (!nested || child.description)
        rows.push(`| \`${key}\` | ${env.has(key) ? `\`${env.get(key)}\`` : "–"} | ${nested ? "object" : typeOf(child)} | ${defaultOf(child)} | ${meaning} |`);
      if (nested) walk(child, [...path, name]);
      // A list whose entries are described (agents) is documented field by field, as key[].field.
      else if (child.items?.description && child.items.properties) walk(child.items, [...path, `${name}[]`]);
    }
  };
  walk(root, []);
  return [
    "# Configuration reference",
    "",
    "Generated from the gateway's zod schema (`src/server/config/config-schema.ts`) by `npm run docs:config`; do not edit by hand. Keys go in the file named by `KOKI_CONFIG` (JSON or YAML, nested as the dots show; `[]` marks the fields of each entry of a list); environment variables win over the file, and `koki serve --port`, `--host` and `--config` win over both.",
    "",
    "| key | environment | type | default | meaning |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "## Outside the file",
    "",
    "| environment | default | meaning |",
    "| --- | --- | --- |",
    ...Object.entries(PROCESS_VARIABLES).map(([name, variable]) => `| \`${name}\` | ${variable.default} | ${variable.meaning} |`),
    "",
  ].join("\n");
}
