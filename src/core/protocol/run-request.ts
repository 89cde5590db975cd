import { z } from "zod/mini";
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
  task: z.string().check(z.minLength(1)),
  text: z.string(),
  options: z._default(z.record(z.string(), optionValueSchema), {}),
  /** Free-form instruction; accepted only by tasks that allow it. */
  instruction: z.optional(z.string().check(z.maxLength(1000))),
  host: z._default(hostSchema, "browser"),
});

export type RunRequest = z.input<typeof runRequestSchema>;
export type ParsedRunRequest = z.output<typeof runRequestSchema>;
