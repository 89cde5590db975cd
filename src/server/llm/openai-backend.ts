import OpenAI from "openai";
import type { FinishReason, Usage } from "../../core/protocol";
import type { KokiConfig } from "../config/config-schema";
import { GatewayError } from "../http/gateway-error";
import type { Backend, BackendEvent, ChatRequest } from "./backend";
import { toGatewayError } from "./backend-errors";

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

/** A backend that answers every run with "not configured", so KoKI still starts. */
export function unconfiguredBackend(): Backend {
  return {
    configured: false,
    displayName: "nicht verbunden",
    async *stream(): AsyncIterable<BackendEvent> {
      throw new GatewayError("backend_not_configured", 503);
    },
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
    async *stream({ messages, temperature, signal, ...overrides }: ChatRequest): AsyncIterable<BackendEvent> {
      const maxTokens = overrides.maxTokens ?? llm.maxTokens;
      let finishReason: FinishReason | undefined;
      let usage: Usage | undefined;
      try {
        const stream = await client.chat.completions.create(
          {
            model: overrides.model ?? model,
            messages,
            temperature,
            stream: true,
            ...(maxTokens ? { max_tokens: maxTokens } : {}),
            ...(llm.streamUsage ? { stream_options: { include_usage: true } } : {}),
          },
          { signal },
        );
        for await (const chunk of stream) {
          usage = toUsage(chunk.usage) ?? usage;
          // Chunks with empty choices (role-only, content filter, usage) carry no text.
          const choice = chunk.choices?.[0];
          const text = choice?.delta?.content;
          if (text) yield { type: "delta", text };
          if (choice?.finish_reason) finishReason = toFinishReason(choice.finish_reason);
        }
      } catch (error) {
        if (signal.aborted) return;
        throw toGatewayError(error);
      }
      if (signal.aborted) return;
      yield { type: "finish", finishReason: finishReason ?? "stop", usage };
    },
  };
}
