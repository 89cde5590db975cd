import type { ClientTask } from "../protocol";
import { antwortEntwerfen, betreffVorschlagen } from "./built-in/reply";
import { korrigieren, kuerzen, tonFoermlich, tonFreundlich } from "./built-in/editing";
import { buergernah, einfacheSprache, leichteSprache } from "./built-in/plain-language";
import { kernaussagen, zusammenfassen } from "./built-in/summaries";
import { uebersetzen } from "./built-in/translation";
import type { TaskDefinition } from "./task-definition";

/** The built-in tasks, in the order the pane lists them. Task ids are part of the public API. */
export const BUILT_IN_TASKS: readonly TaskDefinition[] = [
  einfacheSprache,
  leichteSprache,
  buergernah,
  kuerzen,
  tonFoermlich,
  tonFreundlich,
  zusammenfassen,
  kernaussagen,
  korrigieren,
  uebersetzen,
  antwortEntwerfen,
  betreffVorschlagen,
];

export function findTask(tasks: readonly TaskDefinition[], id: string): TaskDefinition | undefined {
  return tasks.find((task) => task.id === id);
}

/** The part of a task that clients see: never its prompts. */
export function toClientTask(task: TaskDefinition): ClientTask {
  const { id, label, description, group, hosts, options, output, allowsInstruction, draft, icon, layout, masking } = task;
  return {
    id,
    label,
    description,
    group,
    hosts,
    options,
    output,
    allowsInstruction,
    draft,
    masking: masking ?? "off",
    layout: layout ?? { sentencePerParagraph: false },
    ...(icon ? { icon } : {}),
  };
}
