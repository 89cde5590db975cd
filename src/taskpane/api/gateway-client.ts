import type { AuthInfo, ClientConfig, RunEvent, RunRequest } from "../../core/protocol";
import { ApiError } from "./api-error";
import { asAuthInfo, asClientConfig, asErrorResponse } from "./response-shape";

export interface ClientOptions {
  /** Gateway origin; empty for same-origin (the pane is served by the gateway). */
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** The signed-in user's access token (kept in MSAL's memory); `refresh` asks for a new one. */
  getToken?: (refresh: boolean) => Promise<string | undefined>;
}

async function sendOnce(path: string, init: RequestInit, options: ClientOptions, refresh: boolean): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const token = await options.getToken?.(refresh);
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  try {
    return await doFetch(`${options.baseUrl ?? ""}${path}`, { ...init, headers, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("network", "Keine Verbindung zum KoKI-Server.");
  }
}

/** Sends with the user's token; a 401 gets one retry with a fresh token before it reaches the user. */
async function send(path: string, init: RequestInit, options: ClientOptions): Promise<Response> {
  const response = await sendOnce(path, init, options, false);
  if (response.status !== 401 || !options.getToken) return response;
  return sendOnce(path, init, options, true);
}

export async function fetchAuthInfo(options: ClientOptions = {}): Promise<AuthInfo> {
  const response = await send("/api/auth", { headers: { accept: "application/json" } }, { ...options, getToken: undefined });
  if (!response.ok) throw await toApiError(response);
  try {
    return asAuthInfo(await response.json());
  } catch {
    throw new ApiError("invalid_response", "Die Anmelde-Einstellungen vom Server sind unlesbar.");
  }
}

/** Turns a non-2xx answer into an ApiError, using the gateway's JSON error if there is one. */
async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  try {
    const { error } = asErrorResponse(await response.json());
    return new ApiError(error.code, error.message, response.status, retryAfterSeconds);
  } catch {
    return new ApiError("invalid_response", `Unerwartete Antwort vom Server (HTTP ${response.status}).`, response.status);
  }
}

export async function fetchClientConfig(options: ClientOptions = {}): Promise<ClientConfig> {
  const response = await send("/api/config", { headers: { accept: "application/json" } }, options);
  if (!response.ok) throw await toApiError(response);
  try {
    return asClientConfig(await response.json());
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
  // The decoder's chunk loads while the request goes out.
  const decoder = import(/* webpackChunkName: "run-events" */ "./run-event-stream");
  decoder.catch(() => undefined);
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
  let readRunEvents;
  try {
    ({ readRunEvents } = await decoder);
  } catch {
    await response.body.cancel().catch(() => undefined);
    throw new ApiError("network", "Keine Verbindung zum KoKI-Server.");
  }
  yield* readRunEvents(response.body);
}
