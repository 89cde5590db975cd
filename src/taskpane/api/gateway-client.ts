import { EventSourceParserStream } from "eventsource-parser/stream";
import {
  clientConfigSchema,
  errorResponseSchema,
  parseRunEvent,
  type ClientConfig,
  type RunEvent,
  type RunRequest,
} from "../../core/protocol";
import { ApiError } from "./api-error";

export interface ClientOptions {
  /** Gateway origin; empty for same-origin (the pane is served by the gateway). */
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

async function send(path: string, init: RequestInit, options: ClientOptions): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  try {
    return await doFetch(`${options.baseUrl ?? ""}${path}`, { ...init, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("network", "Keine Verbindung zum KoKI-Server.");
  }
}

/** Turns a non-2xx answer into an ApiError, using the gateway's JSON error if there is one. */
async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  try {
    const { error } = errorResponseSchema.parse(await response.json());
    return new ApiError(error.code, error.message, response.status, retryAfterSeconds);
  } catch {
    return new ApiError("invalid_response", `Unerwartete Antwort vom Server (HTTP ${response.status}).`, response.status);
  }
}

export async function fetchClientConfig(options: ClientOptions = {}): Promise<ClientConfig> {
  const response = await send("/api/config", { headers: { accept: "application/json" } }, options);
  if (!response.ok) throw await toApiError(response);
  try {
    return clientConfigSchema.parse(await response.json());
  } catch {
    throw new ApiError("invalid_response", "Die Einstellungen vom Server sind unlesbar.");
  }
}

/**
 * Starts a run and yields its events in order. Errors before the stream are
 * thrown as ApiError; errors during it arrive as `error` events. Aborting
 * `options.signal` closes the connection, which cancels the backend request.
 */
export async function* streamRun(request: RunRequest, options: ClientOptions = {}): AsyncGenerator<RunEvent> {
  const response = await send(
    "/api/runs",
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(request),
    },
    options,
  );
  if (!response.ok) throw await toApiError(response);
  if (!response.body || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
    throw new ApiError("invalid_response", "Der Server hat keinen Datenstrom gesendet.", response.status);
  }
  const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
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
