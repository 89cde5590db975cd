import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import type { KokiConfig } from "./config/config-schema";
import { ConfigError, loadConfig } from "./config/load-config";
import { bootLogger, logSettings, type LogSettings } from "./logging/log-settings";
import { logBootSummary } from "./logging/boot-summary";
import { resolveTls } from "./tls/tls-files";

export interface StartedServer {
  app: FastifyInstance;
  url: string;
}

/** A port taken or not allowed is the admin's to fix, like any other config mistake. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return new ConfigError(`Port ${port} on ${host} is already in use. Stop the other program or choose another port (--port, KOKI_PORT or server.port).`);
  if (code === "EACCES")
    return new ConfigError(`Port ${port} on ${host} needs more rights than KoKI has. Choose a port above 1023 (--port, KOKI_PORT or server.port).`);
  if (code === "EADDRNOTAVAIL") return new ConfigError(`This machine has no address ${host} (--host, KOKI_HOST or server.host).`);
  return error;
}

/** Loads config, picks TLS, listens, and closes cleanly on SIGTERM/SIGINT. Boot messages carry their data as fields. */
export async function startServer(config: KokiConfig = loadConfig(), logging: LogSettings = logSettings()): Promise<StartedServer> {
  const https = await resolveTls(config, bootLogger(logging));
  const app = await buildApp({
    config,
    https,
    logger: { level: logging.level, stream: logging.stream },
  });
  const { host, port } = config.server;
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw listenError(error, host, port);
  }
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shownHost = host === "127.0.0.1" || host === "::1" || host === "0.0.0.0" ? "localhost" : host;
  const url = `${https ? "https" : "http"}://${shownHost}:${actualPort}`;

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
  logBootSummary(app.log, config, { url, certificate: https?.source });
  return { app, url };
}
