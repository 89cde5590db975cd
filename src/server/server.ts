import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import type { KokiConfig } from "./config/config-schema";
import { loadConfig } from "./config/load-config";
import { resolveTls } from "./tls/tls-files";

export interface StartedServer {
  app: FastifyInstance;
  url: string;
}

/** Loads config, picks TLS, listens, and closes cleanly on SIGTERM/SIGINT. */
export async function startServer(config: KokiConfig = loadConfig()): Promise<StartedServer> {
  const bootLog = { info: (message: string) => console.log(message) };
  const https = await resolveTls(config, bootLog);
  const app = await buildApp({
    config,
    https,
    logger: { level: process.env.KOKI_LOG_LEVEL ?? "info" },
  });
  const { host, port } = config.server;
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shownHost = host === "127.0.0.1" || host === "::1" || host === "0.0.0.0" ? "localhost" : host;
  const url = `${https ? "https" : "http"}://${shownHost}:${actualPort}`;

  app.log.info(`KoKI is running: ${url}/taskpane.html`);
  if (https) app.log.info(`TLS certificate: ${https.source}`);
  else app.log.warn("TLS is off (KOKI_TLS=off). Serve KoKI only behind a TLS-terminating reverse proxy.");
  if (config.auth.mode === "none") app.log.warn("Sign-in is off (auth.mode none): anyone on this machine can use KoKI. Use it for development only.");
  else app.log.info(`Sign-in: ${config.auth.mode}`);
  if (!config.llm.baseUrl) {
    app.log.warn("No LLM backend configured. Set KOKI_LLM_BASE_URL (for example http://localhost:11434/v1 for Ollama) and KOKI_LLM_MODEL.");
  } else {
    app.log.info(`LLM backend: ${new URL(config.llm.baseUrl).origin}, model ${config.llm.model}`);
  }

  // Stop accepting at once; let running streams finish up to the grace period, then end them clearly.
  const stop = (signal: string): void => {
    app.log.info(`${signal} received, shutting down (${app.runs.size} streams running)`);
    const closed = app.close();
    app.runs
      .drain(config.server.shutdownGraceMs)
      .then(() => {
        // Ended streams leave keep-alive connections behind; close them as they go idle.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
        return closed.finally(() => clearInterval(sweep));
      })
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  return { app, url };
}
