import type { FastifyPluginAsync } from "fastify";
import type { ClientConfig } from "../../core/protocol";
import { toClientTask, type TaskDefinition } from "../../core/tasks";
import type { TaskAccess } from "../auth/task-access";
import type { Backend } from "../llm/backend";

export interface ClientConfigOptions {
  tasks: readonly TaskDefinition[];
  access: TaskAccess;
  backend: Pick<Backend, "configured" | "displayName">;
  limits: ClientConfig["limits"];
  insert: ClientConfig["insert"];
  privacy: ClientConfig["privacy"];
  lexicon: ClientConfig["lexicon"];
}

/** What the task pane needs to render: the user's own tasks (without prompts), limits, backend name. */
export const clientConfigRoutes: FastifyPluginAsync<ClientConfigOptions> = async (app, { tasks, access, backend, limits, insert, privacy, lexicon }) => {
  const common = { limits, insert, privacy, backend: { configured: backend.configured, displayName: backend.displayName }, lexicon };
  // Cache-Control: no-store comes with every /api answer (http/security-headers.ts).
  app.get("/api/config", async (request): Promise<ClientConfig> => ({
    tasks: tasks.filter((task) => access(task, request.principal)).map(toClientTask),
    ...common,
  }));
};
