import type { Backend, BackendEvent, ChatRequest } from "./backend";
import type { FairLimiter } from "./fair-limiter";

/** Who is asking, for fair queueing, and who wants to hear the queue position. */
export interface QueueTicket {
  user: string;
  onPosition?: (position: number) => void;
  /** How long this request waited for its slot. */
  onWait?: (ms: number) => void;
}

/** Timings of every backend request, for metrics. */
export interface BackendObserver {
  queued(ms: number): void;
  firstChunk(ms: number): void;
  finished(ms: number, outcome: "ok" | "error" | "aborted"): void;
}

/** Wraps a backend so every request first takes a slot from the shared limiter. */
export function limitedBackend(backend: Backend, limiter: FairLimiter, observer?: BackendObserver) {
  return {
    configured: backend.configured,
    displayName: backend.displayName,
    ready: () => backend.ready(),
    async *stream(request: ChatRequest, ticket: QueueTicket): AsyncIterable<BackendEvent> {
      const asked = performance.now();
      const release = await limiter.acquire(ticket.user, request.signal, ticket.onPosition);
      const started = performance.now();
      observer?.queued(started - asked);
      ticket.onWait?.(started - asked);
      let outcome: "ok" | "error" | "aborted" = "error";
      let first = true;
      try {
        for await (const event of backend.stream(request)) {
          if (first) observer?.firstChunk(performance.now() - started);
          first = false;
          yield event;
        }
        outcome = request.signal?.aborted ? "aborted" : "ok";
      } catch (error) {
        outcome = request.signal?.aborted ? "aborted" : "error";
        throw error;
      } finally {
        observer?.finished(performance.now() - started, outcome);
        release();
      }
    },
  };
}

export type LimitedBackend = ReturnType<typeof limitedBackend>;
