import type { FastifyPluginAsync } from "fastify";
import { STRUCTURED_TYPES, findPersonalData } from "../../core/privacy";
import type { Usage } from "../../core/protocol";
import type { TaskDefinition } from "../../core/tasks";
import type { TaskAccess } from "../auth/task-access";
import { GatewayError } from "../http/gateway-error";
import { SseStream } from "../http/sse-stream";
import type { DailyQuota } from "../limits/daily-quota";
import { describeBackendFailure, toGatewayError } from "../llm/backend-errors";
import type { LimitedBackend } from "../llm/limited-backend";
import type { RunSettings } from "../runs/run-context";
import { RunRecorder, type RecorderDeps } from "../runs/run-recorder";
import type { RunRegistry } from "../runs/run-registry";
import { runTask } from "../runs/run-task";
import { validateRun } from "./validate-run";

export interface RunRoutesOptions {
  tasks: readonly TaskDefinition[];
  access: TaskAccess;
  backend: LimitedBackend;
  settings: RunSettings;
  maxInputChars: number;
  heartbeatMs: number;
  registry: RunRegistry;
  quota: DailyQuota;
  requestsPerMinute: number;
  /** The office's own data, which may stay in texts of tasks with mandatory masking. */
  allowList: readonly string[];
  recording: RecorderDeps;
}

/**
 * POST /api/runs: checks the request, the user's rights and limits, then
 * streams the run as SSE. Errors before the stream are JSON; errors during
 * it are `error` events. A client that disconnects aborts the backend request.
 */
export const runRoutes: FastifyPluginAsync<RunRoutesOptions> = async (app, options) => {
  const { tasks, access, backend, settings, maxInputChars, heartbeatMs, registry, quota, recording } = options;
  const rateLimit = {
    max: options.requestsPerMinute,
    timeWindow: 60_000,
    hook: "preHandler" as const,
    keyGenerator: (request: { principal: { id: string } }) => request.principal.id,
    errorResponseBuilder: (_request: unknown, context: { ttl: number }) => {
      recording.metrics.rejected.inc({ limit: "requests_per_minute" });
      return new GatewayError("rate_limited", 429, undefined, Math.max(1, Math.ceil(context.ttl / 1000)));
    },
  };

  app.post("/api/runs", { config: { rateLimit } }, async (request, reply) => {
    const { task, text, options: taskOptions, instruction } = validateRun(request.body, tasks, maxInputChars);
    if (!access(task, request.principal)) throw new GatewayError("forbidden", 403);
    if (!backend.configured) throw new GatewayError("backend_not_configured", 503);
    // Mandatory masking: the pane masks; what still carries structured personal data is refused.
    if (task.masking === "mandatory" && findPersonalData(text, { allowList: options.allowList, types: STRUCTURED_TYPES }).length > 0) {
      throw new GatewayError("unmasked_personal_data", 422);
    }
    const user = request.principal.id;
    const booked = quota.take(user, text.length);
    if (!booked.ok) {
      recording.metrics.rejected.inc({ limit: "chars_per_day" });
      throw new GatewayError("quota_exceeded", 429, undefined, booked.retryAfterSeconds);
    }

    const abort = new AbortController();
    const sse = new SseStream(reply.raw);
    reply.raw.on("close", () => abort.abort());
    reply.hijack();
    // Hijacked replies skip Fastify's hooks, so pass on headers set so far (CORS).
    sse.open(reply.getHeaders() as Record<string, string>);
    sse.keepAlive(heartbeatMs);
    const unregister = registry.add({ abort, sse });
    const recorder = new RunRecorder(recording, user, task.id, text.length);

    let outcome = "ok";
    let usage: Usage | undefined;
    try {
      const run = runTask({
        backend,
        settings,
        task,
        input: { text, options: taskOptions, instruction },
        user,
        signal: abort.signal,
        onQueueWait: recorder.onQueueWait,
      });
      for await (const event of run) {
        if (event.event === "delta") recorder.text();
        if (event.event === "done") usage = event.data.usage;
        await sse.send(event.event, event.data);
      }
      if (abort.signal.aborted) outcome = "cancelled";
    } catch (error) {
      if (abort.signal.aborted) {
        outcome = "cancelled";
        return;
      }
      const gatewayError = toGatewayError(error);
      outcome = gatewayError.code;
      request.log.warn({ backend: describeBackendFailure(error), code: gatewayError.code }, "run failed");
      await sse.send("error", gatewayError.toBody());
    } finally {
      unregister();
      sse.end();
      const ms = recorder.finish(outcome, usage);
      request.log.info({ task: task.id, outcome, ms: Math.round(ms), chars: text.length }, "run finished");
    }
  });
};
