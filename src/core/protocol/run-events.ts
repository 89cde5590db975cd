import { z } from "zod/mini";

/** The Server-Sent Events of POST /api/runs, one schema per event name. */
export const deltaEventSchema = z.object({ text: z.string() });

export const usageSchema = z.object({
  promptTokens: z.optional(z.int().check(z.nonnegative())),
  completionTokens: z.optional(z.int().check(z.nonnegative())),
  totalTokens: z.optional(z.int().check(z.nonnegative())),
});

export const finishReasonSchema = z.enum(["stop", "length", "content_filter", "other"]);

/** Kinds match core/facts; kept as strings here so the protocol does not depend on the extractor. */
export const factReportSchema = z.object({
  missing: z.array(z.object({ kind: z.string(), text: z.string() })),
  changed: z.array(z.object({ kind: z.string(), before: z.string(), after: z.string() })),
});
export type FactReportPayload = z.infer<typeof factReportSchema>;

export const doneEventSchema = z.object({
  finishReason: finishReasonSchema,
  usage: z.optional(usageSchema),
  /** Facts of the original that the rewrite lost or changed (rewrite tasks only). */
  facts: z.optional(factReportSchema),
});

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
});

/** Waiting for a free slot at the language model: 1 means next. */
export const queueEventSchema = z.object({ position: z.int().check(z.positive()) });

/** Long or checked runs: which stage, and how far ("Teil 3 von 12"). */
export const progressEventSchema = z.object({
  stage: z.enum(["chunks", "combining", "checking", "revising"]),
  done: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});

export const runEventSchemas = {
  delta: deltaEventSchema,
  done: doneEventSchema,
  error: errorBodySchema,
  queue: queueEventSchema,
  progress: progressEventSchema,
} as const;

export type RunEventName = keyof typeof runEventSchemas;
export type DeltaEvent = z.infer<typeof deltaEventSchema>;
export type DoneEvent = z.infer<typeof doneEventSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type Usage = z.infer<typeof usageSchema>;
export type FinishReason = z.infer<typeof finishReasonSchema>;

export type QueueEvent = z.infer<typeof queueEventSchema>;
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export type RunEvent =
  | { event: "delta"; data: DeltaEvent }
  | { event: "done"; data: DoneEvent }
  | { event: "error"; data: ErrorBody }
  | { event: "queue"; data: QueueEvent }
  | { event: "progress"; data: ProgressEvent };

/** JSON error answer for failures found before a stream starts. */
export const errorResponseSchema = z.object({ error: errorBodySchema });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * Parses one SSE event from the wire. Returns undefined for event names this
 * version does not know, so that newer gateways can add events safely.
 */
export function parseRunEvent(name: string, data: string): RunEvent | undefined {
  if (!(name in runEventSchemas)) return undefined;
  const schema = runEventSchemas[name as RunEventName];
  const parsed = schema.parse(JSON.parse(data));
  return { event: name, data: parsed } as RunEvent;
}
