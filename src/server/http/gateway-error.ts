import type { ErrorCode } from "../../core/protocol";
import { errorMessage } from "./error-messages";

/** An error with a stable code, an HTTP status and a plain-German message for users. */
export class GatewayError extends Error {
  override name = "GatewayError";

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string = errorMessage(code),
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  toBody(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
