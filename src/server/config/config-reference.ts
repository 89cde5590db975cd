import { z } from "zod";
import { configSchema } from "./config-schema";
import { ENV_KEYS } from "./env-mapping";

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(" \\| ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" \\| ");
  if (schema.type === "array") return `list of ${schema.items ? typeOf(schema.items) : "values"}`;
  return Array.isArray(schema.type) ? schema.type.join(" \\| ") : (schema.type ?? "value");
}

function defaultOf(schema: JsonSchema): string {
  if (schema.default === undefined) return "–";
  if (typeof schema.default === "object") return Array.isArray(schema.default) && schema.default.length === 0 ? "`[]`" : "(see keys below)";
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
      const nested = child.properties && Object.keys(child.properties).length > 0;
      const meaning = (child.description ?? "").replace(/\|/gu, "\\|");
      if (!nested || child.description)
        rows.push(`| \`${key}\` | ${env.has(key) ? `\`${env.get(key)}\`` : "–"} | ${nested ? "object" : typeOf(child)} | ${defaultOf(child)} | ${meaning} |`);
      if (nested) walk(child, [...path, name]);
    }
  };
  walk(root, []);
  return [
    "# Configuration reference",
    "",
    "Generated from the gateway's zod schema (`src/server/config/config-schema.ts`) by `npm run docs:config`; do not edit by hand. Keys go in the file named by `KOKI_CONFIG` (JSON or YAML, nested as the dots show); environment variables win over the file. Agents (`tasks.agents`) are described in the README.",
    "",
    "| key | environment | type | default | meaning |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
