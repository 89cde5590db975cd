import { z } from "zod/mini";
import { hostSchema } from "./hosts";

/** Text in both UI languages. German is the default. */
export const localizedSchema = z.object({ de: z.string(), en: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

export const taskGroupSchema = z.enum(["umschreiben", "zusammenfassen", "pruefen", "uebersetzen", "assistenten"]);
export type TaskGroup = z.infer<typeof taskGroupSchema>;

/** What a task produces; the pane picks its insert actions by it. */
export const taskOutputSchema = z.enum(["rewrite", "summary", "reply", "subject"]);
export type TaskOutput = z.infer<typeof taskOutputSchema>;

const optionId = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/u, "option ids are camelCase letters and digits"));

const optionBase = { id: optionId, label: localizedSchema };

/** Declared option types, so that the pane can render a control for each. */
export const taskOptionSchema = z.discriminatedUnion("type", [
  z.object({
    ...optionBase,
    type: z.literal("choice"),
    choices: z.array(z.object({ value: z.string().check(z.minLength(1)), label: localizedSchema })).check(z.minLength(1)),
    default: z.string(),
  }),
  z.object({ ...optionBase, type: z.literal("text"), default: z.string(), maxLength: z.int().check(z.positive(), z.maximum(500)) }),
  z.object({ ...optionBase, type: z.literal("boolean"), default: z.boolean() }),
  z.object({ ...optionBase, type: z.literal("number"), default: z.number(), min: z.number(), max: z.number() }),
]);
export type TaskOption = z.infer<typeof taskOptionSchema>;

/** What GET /api/config tells a client about one task. */
export const clientTaskSchema = z.object({
  id: z.string(),
  label: localizedSchema,
  description: localizedSchema,
  group: taskGroupSchema,
  hosts: z.array(hostSchema),
  options: z.array(taskOptionSchema),
  output: taskOutputSchema,
  /** The clerk may add a free-form instruction (only where the admin allows it). */
  allowsInstruction: z.boolean(),
  /** The result must be shown as a draft for review (Leichte Sprache). */
  draft: z.boolean(),
  /** Fluent icon name chosen by the admin, for agents. */
  icon: z.optional(z.string()),
  /** Personal data replaced by placeholders before sending: off, on (the clerk may switch it off) or mandatory. */
  masking: z._default(z.enum(["off", "on", "mandatory"]), "off"),
  /** How the pane lays the result out when writing it into a document. */
  layout: z._default(
    z.object({
      /** Every sentence of body text in its own paragraph (Leichte Sprache). */
      sentencePerParagraph: z.boolean(),
      /** Id of a boolean option that asks for large type (14 pt). */
      largeFontOption: z.optional(z.string()),
    }),
    { sentencePerParagraph: false },
  ),
});
export type ClientTask = z.infer<typeof clientTaskSchema>;

export const clientConfigSchema = z.object({
  tasks: z.array(clientTaskSchema),
  limits: z.object({
    maxInputChars: z.int().check(z.positive()),
    /** Above this many words, sending the whole document needs a confirmation. */
    confirmDocumentWords: z._default(z.int().check(z.positive()), 3000),
  }),
  /** For masking in the pane: the office's own data that stays, and file-number patterns. */
  privacy: z._default(
    z.object({
      allowList: z.array(z.string()),
      fileNumberPatterns: z.array(z.string()),
      /** The admin's privacy notice, shown once on first use. */
      notice: z.optional(z.object({ de: z.string(), en: z.string(), url: z.optional(z.string()) })),
    }),
    { allowList: [], fileNumberPatterns: [] },
  ),
  /** The admin's default for writing results back; the clerk can pick another each time. */
  insert: z._default(z.object({ defaultMode: z.enum(["replace", "replaceTracked", "insertBelow"]) }), { defaultMode: "replace" }),
  backend: z.object({ configured: z.boolean(), displayName: z.string() }),
  /** Extra officialese terms from the admin, for the readability check in the pane. */
  lexicon: z._default(z.array(z.object({ term: z.string(), alternatives: z.array(z.string()), note: z.optional(z.string()) })), []),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
