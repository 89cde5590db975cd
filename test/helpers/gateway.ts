import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import type { RunEvent, RunRequest } from "../../src/core/protocol";
import { configSchema, type KokiConfigInput } from "../../src/server/config/config-schema";
import { streamRun } from "../../src/taskpane/api/gateway-client";
import { SCRIPTED_MODEL } from "./scripted-backend";

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

/** The real gateway in front of a scripted backend; `config.llm` adds to the backend's address and model. */
export function startGatewayFor(backend: { url: string }, config: KokiConfigInput = {}): Promise<RunningGateway> {
  return startGateway({ ...config, llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, ...config.llm } });
}

/** Every event of one run, read with the pane's own client. */
export async function collectRun(gatewayUrl: string, request: RunRequest, signal?: AbortSignal): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of streamRun(request, { baseUrl: gatewayUrl, signal })) events.push(event);
  return events;
}

/** The text a run's delta events add up to. */
export const textOf = (events: RunEvent[]) =>
  events
    .filter((e) => e.event === "delta")
    .map((e) => (e.data as { text: string }).text)
    .join("");
