import type { ClientTask } from "../protocol";
import type { TaskDefinition } from "./task-definition";
import { einfacheSprache } from "./einfache-sprache";

/** The built-in tasks. Task ids are part of the public API. */
export const BUILT_IN_TASKS: readonly TaskDefinition[] = [einfacheSprache];

export function findTask(tasks: readonly TaskDefinition[], id: string): TaskDefinition | undefined {
  return tasks.find((task) => task.id === id);
}

/** The part of a task that clients see: never its prompts. */
export function toClientTask(task: TaskDefinition): ClientTask {
  const { id, label, description, group, hosts, options } = task;
  return { id, label, description, group, hosts, options };
}
