import type { FinishReason, Usage } from "../../core/protocol";
import type { ChatMessage } from "../../core/tasks";

/** What a backend stream yields: text pieces, then one finish. */
export type BackendEvent = { type: "delta"; text: string } | { type: "finish"; finishReason: FinishReason; usage?: Usage };

export interface ChatRequest {
  messages: ChatMessage[];
  temperature: number;
  /** Per-task overrides of the configured model and answer length. */
  model?: string;
  maxTokens?: number;
  signal: AbortSignal;
}

/** The LLM backend as the routes see it. Errors thrown are GatewayErrors. */
export interface Backend {
  readonly configured: boolean;
  readonly displayName: string;
  stream(request: ChatRequest): AsyncIterable<BackendEvent>;
  /** Whether the backend answers right now (lists its models), for readiness checks. */
  ready(): Promise<boolean>;
}
