import { EventSourceParserStream } from "eventsource-parser/stream";
import { parseRunEvent, type RunEvent } from "../../core/protocol/run-events";
import { ApiError } from "./api-error";

/**
 * Decodes a run's SSE body into checked events, in order. Loaded with the
 * first run: the SSE parser and zod are not needed for the first screen.
 */
export async function* readRunEvents(body: ReadableStream<BufferSource>): AsyncGenerator<RunEvent> {
  const reader = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<{ event?: string; data: string }>;
      try {
        next = await reader.read();
      } catch (error) {
        if ((error as Error).name === "AbortError") throw error;
        throw new ApiError("network", "Die Verbindung zum KoKI-Server ist abgebrochen.");
      }
      if (next.done) return;
      let event: RunEvent | undefined;
      try {
        event = parseRunEvent(next.value.event ?? "message", next.value.data);
      } catch {
        throw new ApiError("invalid_response", "Der Server hat unlesbare Daten gesendet.");
      }
      if (event) yield event;
    }
  } finally {
    // Also closes the connection when the caller stops early.
    await reader.cancel().catch(() => undefined);
  }
}
