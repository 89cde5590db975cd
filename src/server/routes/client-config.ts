import type { FastifyPluginAsync } from "fastify";
import type { ClientConfig } from "../../core/protocol";
import { toClientTask, type TaskDefinition } from "../../core/tasks";
import type { Principal } from "../auth/principal";
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

/** A user's config: what the pane needs to render, with the user's own tasks (without prompts). */
export type ClientConfigFor = (principal: Principal) => ClientConfig;

export function clientConfigFor({ tasks, access, backend, limits, insert, privacy, lexicon }: ClientConfigOptions): ClientConfigFor {
  const common = { limits, insert, privacy, backend: { configured: backend.configured, displayName: backend.displayName }, lexicon };
  return (principal) => ({ tasks: tasks.filter((task) => access(task, principal)).map(toClientTask), ...common });
}

/** GET /api/config. The page may carry the same answer (http/pane-page.ts). */
export const clientConfigRoutes: FastifyPluginAsync<{ configFor: ClientConfigFor }> = async (app, { configFor }) => {
  // Cache-Control: no-store comes with every /api answer (http/security-headers.ts).
  app.get("/api/config", async (request): Promise<ClientConfig> => configFor(request.principal));
};
