import type { ErrorCode } from "../../core/protocol";

/** Codes only the client can produce: the gateway never saw the request, or its answer was unreadable. */
export type ClientErrorCode = "network" | "invalid_response";

/** The one error type of the pane's API layer. */
export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
