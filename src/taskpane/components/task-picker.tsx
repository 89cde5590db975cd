import { Field, Select } from "@fluentui/react-components";
import type { ClientTask, TaskGroup } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";

export interface TaskPickerProps {
  tasks: ClientTask[];
  value: string;
  onChange: (taskId: string) => void;
  disabled?: boolean;
}

const GROUP_ORDER: TaskGroup[] = ["umschreiben", "zusammenfassen", "pruefen", "uebersetzen", "assistenten"];

/** Chooses the task, grouped. A native select keeps keyboard and screen-reader use simple. */
export function TaskPicker({ tasks, value, onChange, disabled }: TaskPickerProps) {
  const i18n = useI18n();
  const current = tasks.find((task) => task.id === value);
  return (
    <Field label={i18n.t("task.label")} hint={current?.description[i18n.language]}>
      <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)}>
        {GROUP_ORDER.map((group) => {
          const members = tasks.filter((task) => task.group === group);
          if (members.length === 0) return null;
          return (
            <optgroup key={group} label={i18n.t(`group.${group}`)}>
              {members.map((task) => (
                <option key={task.id} value={task.id}>
                  {task.label[i18n.language]}
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
    </Field>
  );
}
