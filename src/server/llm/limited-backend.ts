import type { Backend, BackendEvent, ChatRequest } from "./backend";
import type { FairLimiter } from "./fair-limiter";

/** Who is asking, for fair queueing, and who wants to hear the queue position. */
export interface QueueTicket {
  user: string;
  onPosition?(position: number): void;
}

/** Wraps a backend so every request first takes a slot from the shared limiter. */
export function limitedBackend(backend: Backend, limiter: FairLimiter) {
  return {
    configured: backend.configured,
    displayName: backend.displayName,
    ready: () => backend.ready(),
    async *stream(request: ChatRequest, ticket: QueueTicket): AsyncIterable<BackendEvent> {
      const release = await limiter.acquire(ticket.user, request.signal, ticket.onPosition);
      try {
        yield* backend.stream(request);
      } finally {
        release();
      }
    },
  };
}

export type LimitedBackend = ReturnType<typeof limitedBackend>;
