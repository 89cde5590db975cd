import { useState } from "react";
import type { ClientTask, Host, OptionValue } from "../../core/protocol";
import { acceptsValue } from "../../core/tasks/resolve-options";
import type { SettingsStore } from "./settings-store";

type Choices = Record<string, Record<string, OptionValue>>;

/** The values for the task's declared options that they still take: the admin may have changed them. */
function validChoices(task: ClientTask | undefined, given: Record<string, OptionValue> = {}): Record<string, OptionValue> {
  return Object.fromEntries(
    (task?.options ?? []).flatMap((option) => (option.id in given && acceptsValue(option, given[option.id]!) ? [[option.id, given[option.id]!]] : [])),
  );
}

/**
 * The task and its options as the clerk last chose them. Everything holds
 * while the pane is open; the task (per host) and the choices, yes/no and
 * number options are also remembered in the settings for the next start.
 * Free-text options are not: they may hold personal data.
 */
export function useTaskChoices(tasks: ClientTask[], host: Host, settings: SettingsStore) {
  // Read once: later changes are this pane's own.
  const [remembered] = useState(() => settings.getSnapshot());
  const [chosenTaskId, setChosenTaskId] = useState(remembered.lastTask?.[host] ?? "");
  const [choices, setChoices] = useState<Choices>(remembered.taskChoices ?? {});
  // A task this host or item does not offer (any more) falls back to the first that it does.
  const task = tasks.find((candidate) => candidate.id === chosenTaskId) ?? tasks[0];
  const taskId = task?.id ?? "";

  const chooseTask = (id: string) => {
    setChosenTaskId(id);
    settings.update((current) => ({ lastTask: { ...current.lastTask, [host]: id } }));
  };

  const setOption = (id: string, value: OptionValue) => {
    setChoices((all) => ({ ...all, [taskId]: { ...all[taskId], [id]: value } }));
    if (task?.options.find((option) => option.id === id)?.type === "text") return;
    settings.update(({ taskChoices = {} }) => ({ taskChoices: { ...taskChoices, [taskId]: { ...taskChoices[taskId], [id]: value } } }));
  };

  return { task, taskId, options: validChoices(task, choices[taskId]), chooseTask, setOption };
}
