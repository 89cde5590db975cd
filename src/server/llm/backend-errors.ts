import OpenAI from "openai";
import { GatewayError } from "../http/gateway-error";
import { retryAfterMs } from "./retry";

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const ms = retryAfterMs(headers);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

/**
 * Maps whatever the openai client threw to a GatewayError. Backend details
 * (status, body) stay in the server log; users get a plain message.
 */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new GatewayError("backend_timeout", 504);
  if (error instanceof OpenAI.APIConnectionError) return new GatewayError("backend_unreachable", 502);
  if (error instanceof OpenAI.RateLimitError) {
    return new GatewayError("backend_rate_limited", 503, undefined, retryAfterSeconds(error.headers));
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new GatewayError("backend_auth", 502);
  }
  if (error instanceof OpenAI.NotFoundError) return new GatewayError("backend_model_not_found", 502);
  if (error instanceof OpenAI.APIError) {
    // An APIError without status is an error object sent inside the stream.
    return error.status === undefined ? new GatewayError("stream_interrupted", 502) : new GatewayError("backend_error", 502);
  }
  return new GatewayError("stream_interrupted", 502);
}

/** Short, content-free description of a backend failure for the server log. */
export function describeBackendFailure(error: unknown): Record<string, unknown> {
  if (error instanceof OpenAI.APIError) return { kind: error.constructor.name, status: error.status };
  if (error instanceof Error) return { kind: error.name, cause: (error.cause as Error | undefined)?.name };
  return { kind: typeof error };
}
