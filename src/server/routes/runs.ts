import type { FastifyPluginAsync } from "fastify";
import type { DoneEvent } from "../../core/protocol";
import { OutputCleaner } from "../../core/output";
import { buildMessages, type TaskDefinition } from "../../core/tasks";
import { GatewayError } from "../http/gateway-error";
import { SseStream } from "../http/sse-stream";
import type { Backend } from "../llm/backend";
import { describeBackendFailure, toGatewayError } from "../llm/backend-errors";
import { validateRun } from "./validate-run";

export interface RunRoutesOptions {
  tasks: readonly TaskDefinition[];
  backend: Backend;
  maxInputChars: number;
}

/**
 * POST /api/runs: checks the request, then streams the backend's answer as
 * SSE. Errors before the stream are JSON; errors during it are `error`
 * events. A client that disconnects aborts the backend request.
 */
export const runRoutes: FastifyPluginAsync<RunRoutesOptions> = async (app, { tasks, backend, maxInputChars }) => {
  app.post("/api/runs", async (request, reply) => {
    const { task, text, options, instruction } = validateRun(request.body, tasks, maxInputChars);
    if (!backend.configured) throw new GatewayError("backend_not_configured", 503);

    const abort = new AbortController();
    const sse = new SseStream(reply.raw);
    reply.raw.on("close", () => abort.abort());
    reply.hijack();
    // Hijacked replies skip Fastify's hooks, so pass on headers set so far (CORS).
    sse.open(reply.getHeaders() as Record<string, string>);

    const started = Date.now();
    let outcome = "ok";
    try {
      const events = backend.stream({
        messages: buildMessages(task, { text, options, instruction }),
        temperature: task.temperature,
        model: task.model,
        maxTokens: task.maxTokens,
        signal: abort.signal,
      });
      // Preambles, think-blocks and fences are removed before the clerk sees them.
      const cleaner = new OutputCleaner();
      for await (const event of events) {
        const text = event.type === "delta" ? cleaner.push(event.text) : cleaner.end();
        if (text) await sse.send("delta", { text });
        if (event.type === "finish") await sse.send("done", { finishReason: event.finishReason, usage: event.usage } satisfies DoneEvent);
      }
      if (abort.signal.aborted) outcome = "cancelled";
    } catch (error) {
      const gatewayError = toGatewayError(error);
      outcome = gatewayError.code;
      request.log.warn({ backend: describeBackendFailure(error), code: gatewayError.code }, "run failed");
      await sse.send("error", gatewayError.toBody());
    } finally {
      sse.end();
      request.log.info({ task: task.id, outcome, ms: Date.now() - started, chars: text.length }, "run finished");
    }
  });
};
