import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { configSchema, type KokiConfigInput } from "../../src/server/config/config-schema";

export interface RunningGateway {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Starts the real gateway on a free loopback port over plain HTTP. */
export async function startGateway(input: KokiConfigInput = {}, logger: false | object = false): Promise<RunningGateway> {
  const config = configSchema.parse({ ...input, server: { host: "127.0.0.1", port: 0, tls: { enabled: false }, ...input.server } });
  const app = await buildApp({ config, logger });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
