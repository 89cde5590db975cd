/**
 * Every error the gateway can report, by stable code. The task pane maps
 * codes to its own (translated) messages; the gateway's German message is
 * the fallback for codes the pane does not know yet.
 */
export const ERROR_CODES = [
  "invalid_request",
  "missing_task",
  "unknown_task",
  "task_not_for_host",
  "invalid_option",
  "empty_text",
  "text_too_long",
  "backend_not_configured",
  "backend_unreachable",
  "backend_timeout",
  "backend_rate_limited",
  "backend_auth",
  "backend_model_not_found",
  "backend_error",
  "stream_interrupted",
  "empty_answer",
  "server_shutdown",
  "not_found",
  "unauthenticated",
  "forbidden",
  "auth_unavailable",
  "rate_limited",
  "quota_exceeded",
  "unmasked_personal_data",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}
