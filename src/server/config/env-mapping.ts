/** Environment variables and the config key each one sets. */
export const ENV_KEYS = {
  KOKI_HOST: "server.host",
  KOKI_PORT: "server.port",
  KOKI_TLS: "server.tls.enabled",
  KOKI_TLS_CERT: "server.tls.cert",
  KOKI_TLS_KEY: "server.tls.key",
  KOKI_CORS_ORIGINS: "server.corsOrigins",
  KOKI_STATIC_DIR: "server.staticDir",
  KOKI_SHUTDOWN_GRACE_MS: "server.shutdownGraceMs",
  KOKI_LLM_BASE_URL: "llm.baseUrl",
  KOKI_LLM_API_KEY: "llm.apiKey",
  KOKI_LLM_MODEL: "llm.model",
  KOKI_LLM_DISPLAY_NAME: "llm.displayName",
  KOKI_LLM_TIMEOUT_MS: "llm.timeoutMs",
  KOKI_LLM_IDLE_TIMEOUT_MS: "llm.idleTimeoutMs",
  KOKI_LLM_RETRIES: "llm.retries",
  KOKI_LLM_MAX_TOKENS: "llm.maxTokens",
  KOKI_LLM_CONTEXT_TOKENS: "llm.contextTokens",
  KOKI_LLM_PARALLEL_CHUNKS: "llm.parallelChunks",
  KOKI_LLM_MAX_CONCURRENT: "llm.maxConcurrent",
  KOKI_MAX_INPUT_CHARS: "limits.maxInputChars",
  KOKI_CONFIRM_DOCUMENT_WORDS: "limits.confirmDocumentWords",
  KOKI_REQUESTS_PER_MINUTE: "limits.requestsPerMinute",
  KOKI_CHARS_PER_DAY: "limits.charsPerDay",
  KOKI_USAGE_FILE: "usage.file",
  KOKI_USAGE_PSEUDONYM_KEY: "usage.pseudonymKey",
  KOKI_DEFAULT_INSERT_MODE: "insert.defaultMode",
  KOKI_DATA_DIR: "dataDir",
  KOKI_AUTH_MODE: "auth.mode",
  KOKI_OIDC_ISSUER: "auth.oidc.issuer",
  KOKI_OIDC_AUDIENCE: "auth.oidc.audience",
  KOKI_OIDC_REQUIRED_SCOPE: "auth.oidc.requiredScope",
  KOKI_AUTH_PROXIES: "auth.trustedHeader.proxies",
  KOKI_AUTH_CLIENT_ID: "auth.client.clientId",
  KOKI_AUTH_AUTHORITY: "auth.client.authority",
  KOKI_AUTH_SCOPE: "auth.client.scope",
} as const;

export type EnvName = keyof typeof ENV_KEYS;

/** Turns an environment string into the value type its key expects. */
export function envValue(name: EnvName, raw: string): unknown {
  if (name === "KOKI_TLS") return !/^(off|false|0|no)$/iu.test(raw.trim());
  if (name === "KOKI_CORS_ORIGINS" || name === "KOKI_AUTH_PROXIES")
    return raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return raw;
}

/** Variables outside the schema: they name the config file and shape the logs, so the file cannot set them. */
export const PROCESS_VARIABLES = {
  KOKI_CONFIG: { default: "–", meaning: "Path of the JSON or YAML config file (or `--config FILE` on `koki serve` and `koki check`)." },
  KOKI_LOG_LEVEL: { default: "`info`", meaning: "`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. Logs never contain texts." },
  KOKI_LOG_FORMAT: {
    default: "`pretty` on a terminal, else `json`",
    meaning: "`json`: one JSON object a line, data in fields (journald, Loki, ELK); `pretty`: readable lines.",
  },
} as const;
