import type { FastifyPluginAsync } from "fastify";
import type { TaskDefinition } from "../../core/tasks";
import type { TaskAccess } from "../auth/task-access";
import { GatewayError } from "../http/gateway-error";
import { SseStream } from "../http/sse-stream";
import { describeBackendFailure, toGatewayError } from "../llm/backend-errors";
import type { LimitedBackend } from "../llm/limited-backend";
import type { RunSettings } from "../runs/run-context";
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
}

/**
 * POST /api/runs: checks the request, then streams the run as SSE. Errors
 * before the stream are JSON; errors during it are `error` events. A client
 * that disconnects aborts the backend request.
 */
export const runRoutes: FastifyPluginAsync<RunRoutesOptions> = async (app, { tasks, access, backend, settings, maxInputChars, heartbeatMs, registry }) => {
  app.post("/api/runs", async (request, reply) => {
    const { task, text, options, instruction } = validateRun(request.body, tasks, maxInputChars);
    if (!access(task, request.principal)) throw new GatewayError("forbidden", 403);
    if (!backend.configured) throw new GatewayError("backend_not_configured", 503);

    const abort = new AbortController();
    const sse = new SseStream(reply.raw);
    reply.raw.on("close", () => abort.abort());
    reply.hijack();
    // Hijacked replies skip Fastify's hooks, so pass on headers set so far (CORS).
    sse.open(reply.getHeaders() as Record<string, string>);
    sse.keepAlive(heartbeatMs);
    const unregister = registry.add({ abort, sse });

    const started = Date.now();
    let outcome = "ok";
    try {
      // Fair queueing keys on the signed-in user.
      const run = runTask({ backend, settings, task, input: { text, options, instruction }, user: request.principal.id, signal: abort.signal });
      for await (const event of run) await sse.send(event.event, event.data);
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
      request.log.info({ task: task.id, outcome, ms: Date.now() - started, chars: text.length }, "run finished");
    }
  });
};
