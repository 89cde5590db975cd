import { z } from "zod";
import { hostSchema } from "./hosts";

/** Option values a client may send: the task declares which keys it accepts. */
export const optionValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type OptionValue = z.infer<typeof optionValueSchema>;

/**
 * Body of POST /api/runs. Clients send a task id and options, never prompts.
 * Emptiness and length are checked by the gateway, which knows the limit and
 * answers with a dedicated error code.
 */
export const runRequestSchema = z.object({
  task: z.string().min(1),
  text: z.string(),
  options: z.record(z.string(), optionValueSchema).default({}),
  /** Free-form instruction; accepted only by tasks that allow it. */
  instruction: z.string().max(1000).optional(),
  host: hostSchema.default("browser"),
});

export type RunRequest = z.input<typeof runRequestSchema>;
export type ParsedRunRequest = z.output<typeof runRequestSchema>;
