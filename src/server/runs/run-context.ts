import type { FinishReason, OptionValue, RunEvent, Usage } from "../../core/protocol";
import type { ChatMessage, TaskDefinition } from "../../core/tasks";
import type { SentenceTargets } from "../../core/text";
import { OutputCleaner } from "../../core/output";
import { GatewayError } from "../http/gateway-error";
import type { LimitedBackend, QueueTicket } from "../llm/limited-backend";

/** Settings of the long-text pipeline, from the gateway config. */
export interface RunSettings {
  contextTokens: number;
  parallelChunks: number;
  maxRevisions: number;
  /** Per task id, overriding the task's own sentence targets. */
  sentenceTargets: Record<string, SentenceTargets>;
}

/** Everything one run needs, handed down to its steps. */
export interface RunContext {
  backend: LimitedBackend;
  task: TaskDefinition;
  options: Record<string, OptionValue>;
  instruction?: string;
  ticket: QueueTicket;
  signal: AbortSignal;
  settings: RunSettings;
  emit(event: RunEvent): void;
  /** Resolves when the client has taken enough of what was sent: backpressure for backend reads. */
  ready(): Promise<void>;
}

export interface Completion {
  text: string;
  finishReason: FinishReason;
  usage?: Usage;
}

/** Adds up usage over the several backend calls of one run. */
export function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (!a) return b;
  if (!b) return a;
  const sum = (x?: number, y?: number) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  return {
    promptTokens: sum(a.promptTokens, b.promptTokens),
    completionTokens: sum(a.completionTokens, b.completionTokens),
    totalTokens: sum(a.totalTokens, b.totalTokens),
  };
}

/**
 * One backend call: the cleaned text, piece by piece to `onText` if given,
 * and in full at the end. An answer that is empty once cleaned (nothing,
 * whitespace, only reasoning or delimiters) fails the run with
 * `empty_answer`: every step of every task calls here, so no part of a
 * chunked rewrite or a summary can vanish without a word.
 */
export async function complete(context: RunContext, messages: ChatMessage[], onText?: (text: string) => void): Promise<Completion> {
  const { task, signal } = context;
  const cleaner = new OutputCleaner();
  let text = "";
  let finishReason: FinishReason = "stop";
  let usage: Usage | undefined;
  const request = { messages, temperature: task.temperature, model: task.model, maxTokens: task.maxTokens, signal };
  for await (const event of context.backend.stream(request, context.ticket)) {
    const piece = event.type === "delta" ? cleaner.push(event.text) : cleaner.end();
    if (piece) {
      text += piece;
      onText?.(piece);
    }
    if (event.type === "finish") {
      finishReason = event.finishReason;
      usage = event.usage;
    }
    // A slow client pauses the backend read here, instead of text piling up in memory.
    await context.ready();
  }
  // A cancelled request ends the stream quietly; stop the run here rather than go on to the next step.
  if (signal.aborted) throw signal.reason ?? new Error("aborted");
  if (text.trim() === "") throw new GatewayError("empty_answer", 502);
  return { text, finishReason, usage };
}
