import type { FastifyBaseLogger } from "fastify";
import type { KokiConfig } from "../config/config-schema";
import { packageVersion } from "../package-version";

/**
 * What an admin needs to see after a start, data in fields: TLS, sign-in, backend, and last the address,
 * so that whoever waits for "KoKI is running" knows the gateway is ready, signal handlers included.
 */
export function logBootSummary(log: FastifyBaseLogger, config: KokiConfig, started: { url: string; certificate: string | undefined }): void {
  if (started.certificate) log.info({ certificate: started.certificate }, "TLS on");
  else log.warn({ tls: "off" }, "TLS is off: serve KoKI only behind a TLS-terminating reverse proxy");
  if (config.auth.mode === "none") log.warn({ auth: "none" }, "Sign-in is off: anyone on this machine can use KoKI. Use it for development only");
  else log.info({ auth: config.auth.mode }, "Sign-in on");
  if (config.llm.baseUrl) log.info({ backend: new URL(config.llm.baseUrl).origin, model: config.llm.model }, "LLM backend");
  else
    log.warn(
      { hint: "KOKI_LLM_BASE_URL=http://localhost:11434/v1 KOKI_LLM_MODEL=llama3.1" },
      "No LLM backend configured: set KOKI_LLM_BASE_URL and KOKI_LLM_MODEL",
    );
  log.info({ url: `${started.url}/taskpane.html`, version: packageVersion() }, "KoKI is running");
}
