import type { FastifyPluginAsync } from "fastify";
import type { ClientConfig } from "../../core/protocol";
import { toClientTask, type TaskDefinition } from "../../core/tasks";
import type { Backend } from "../llm/backend";

export interface ClientConfigOptions {
  tasks: readonly TaskDefinition[];
  backend: Pick<Backend, "configured" | "displayName">;
  limits: ClientConfig["limits"];
  insert: ClientConfig["insert"];
  lexicon: ClientConfig["lexicon"];
}

/** What the task pane needs to render: tasks (without prompts), limits, backend name. */
export const clientConfigRoutes: FastifyPluginAsync<ClientConfigOptions> = async (app, { tasks, backend, limits, insert, lexicon }) => {
  const body: ClientConfig = {
    tasks: tasks.map(toClientTask),
    limits,
    insert,
    backend: { configured: backend.configured, displayName: backend.displayName },
    lexicon,
  };
  // Cache-Control: no-store comes with every /api answer (http/security-headers.ts).
  app.get("/api/config", async () => body);
};
