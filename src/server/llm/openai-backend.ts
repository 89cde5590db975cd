import OpenAI from "openai";
import type { FinishReason, Usage } from "../../core/protocol";
import type { KokiConfig } from "../config/config-schema";
import { GatewayError } from "../http/gateway-error";
import type { Backend, BackendEvent, ChatRequest } from "./backend";
import { toGatewayError } from "./backend-errors";
import { retryDelay, sleep } from "./retry";

function toFinishReason(reason: string | null | undefined): FinishReason {
  if (reason === "stop" || reason === "length" || reason === "content_filter") return reason;
  return "other";
}

function toUsage(usage: OpenAI.CompletionUsage | null | undefined): Usage | undefined {
  if (!usage) return undefined;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  };
}

function idleError(): GatewayError {
  return new GatewayError(
    "backend_timeout",
    504,
    "Das Sprachmodell hat zu lange nichts mehr gesendet. Der bisherige Text bleibt erhalten. Bitte versuchen Sie es noch einmal.",
  );
}

/** A backend that answers every run with "not configured", so KoKI still starts. */
export function unconfiguredBackend(): Backend {
  return {
    configured: false,
    displayName: "nicht verbunden",
    async *stream(): AsyncIterable<BackendEvent> {
      throw new GatewayError("backend_not_configured", 503);
    },
    ready: async () => false,
  };
}

/** Any OpenAI-compatible Chat Completions server (vLLM, Ollama, LiteLLM, Azure OpenAI v1). */
export function createBackend(llm: KokiConfig["llm"]): Backend {
  if (!llm.baseUrl || !llm.model) return unconfiguredBackend();
  const model = llm.model;
  const client = new OpenAI({
    baseURL: llm.baseUrl,
    // Local servers need no key; the client insists on one.
    apiKey: llm.apiKey ?? "not-needed",
    timeout: llm.timeoutMs,
    // Retrying is the gateway's decision, not the client library's.
    maxRetries: 0,
  });

  return {
    configured: true,
    displayName: llm.displayName ?? model,
    async ready() {
      try {
        await client.models.list({ timeout: 3_000, maxRetries: 0 });
        return true;
      } catch {
        return false;
      }
    },
    async *stream({ messages, temperature, signal, ...overrides }: ChatRequest): AsyncIterable<BackendEvent> {
      const maxTokens = overrides.maxTokens ?? llm.maxTokens;
      // Our own controller, so a silent backend can be cut off without touching the caller's signal.
      const request = new AbortController();
      const stopRequest = () => request.abort();
      signal.addEventListener("abort", stopRequest, { once: true });
      let idleTimer: ReturnType<typeof setTimeout> | undefined;
      let idle = false;
      const armIdleTimer = () => {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => {
          idle = true;
          request.abort();
        }, llm.idleTimeoutMs);
      };
      let finishReason: FinishReason | undefined;
      let usage: Usage | undefined;
      try {
        const body = {
          model: overrides.model ?? model,
          messages,
          temperature,
          stream: true as const,
          ...(maxTokens ? { max_tokens: maxTokens } : {}),
          ...(llm.streamUsage ? { stream_options: { include_usage: true } } : {}),
        };
        const open = () => client.chat.completions.create(body, { signal: request.signal });
        // Retries happen only here, before any text exists.
        let stream: Awaited<ReturnType<typeof open>>;
        for (let attempt = 0; ; attempt++) {
          try {
            stream = await open();
            break;
          } catch (error) {
            const delay = signal.aborted ? undefined : retryDelay(error, attempt, llm);
            if (delay === undefined) throw error;
            await sleep(delay, signal);
          }
        }
        armIdleTimer();
        for await (const chunk of stream) {
          armIdleTimer();
          usage = toUsage(chunk.usage) ?? usage;
          // Chunks with empty choices (role-only, content filter, usage) carry no text; reasoning fields are not content.
          const choice = chunk.choices?.[0];
          const text = choice?.delta?.content;
          if (text) yield { type: "delta", text };
          if (choice?.finish_reason) finishReason = toFinishReason(choice.finish_reason);
        }
        // The client ends the iteration quietly when aborted.
        if (idle) throw idleError();
      } catch (error) {
        if (signal.aborted) return;
        if (idle) throw idleError();
        throw toGatewayError(error);
      } finally {
        clearTimeout(idleTimer);
        signal.removeEventListener("abort", stopRequest);
      }
      if (signal.aborted) return;
      yield { type: "finish", finishReason: finishReason ?? "stop", usage };
    },
  };
}
