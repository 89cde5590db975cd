import type { Translator } from "../i18n/i18n";
import type { RunFailure } from "../state/run-store";

/** The pane's own text for an error code, else the gateway's plain-German message. */
export function failureText(i18n: Translator, failure: RunFailure): string {
  const key = `errors.${failure.code}`;
  const base = i18n.has(key) ? i18n.t(key) : failure.message;
  return failure.retryAfterSeconds ? `${base} ${i18n.t("error.retryAfter", { seconds: failure.retryAfterSeconds })}` : base;
}
