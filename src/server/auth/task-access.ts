import type { TaskDefinition } from "../../core/tasks";
import type { KokiConfig } from "../config/config-schema";
import type { Principal } from "./principal";

export type TaskAccess = (task: TaskDefinition, principal: Principal) => boolean;

/** Who may use which task: built-ins per `tasks.access`, agents per their `groups`. Unlisted tasks are open to every signed-in user. */
export function taskAccess(config: KokiConfig): TaskAccess {
  const groups = new Map<string, string[]>(Object.entries(config.tasks.access));
  for (const agent of config.tasks.agents) if (agent.groups?.length) groups.set(agent.id, agent.groups);
  return (task, principal) => {
    const allowed = groups.get(task.id);
    return !allowed || allowed.some((group) => principal.groups.includes(group));
  };
}
