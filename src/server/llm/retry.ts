import OpenAI from "openai";

export interface RetryPolicy {
  retries: number;
  maxRetryWaitMs: number;
  /** For tests: the base of the exponential backoff. */
  baseDelayMs?: number;
}

/** Retry-After (seconds or an HTTP date) in milliseconds. */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * How long to wait before the next attempt, or undefined to give up. Only
 * failures before any text exist are retried: connection errors, 502, 503,
 * 504, and 429 when its Retry-After is short enough.
 */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.retries) return undefined;
  const backoff = () => {
    const base = (policy.baseDelayMs ?? 250) * 2 ** attempt;
    return Math.min(4_000, base / 2 + Math.random() * base); // jittered
  };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return undefined;
  if (error instanceof OpenAI.APIConnectionError) return backoff();
  if (!(error instanceof OpenAI.APIError)) return undefined;
  if (error.status === 502 || error.status === 503 || error.status === 504) return backoff();
  if (error.status === 429) {
    const wait = retryAfterMs(error.headers as Headers | undefined) ?? backoff();
    return wait <= policy.maxRetryWaitMs ? wait : undefined;
  }
  return undefined;
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
