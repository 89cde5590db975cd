import { Field, Select } from "@fluentui/react-components";
import type { ClientTask } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";

export interface TaskPickerProps {
  tasks: ClientTask[];
  value: string;
  onChange(taskId: string): void;
  disabled?: boolean;
}

/** Chooses the task. A native select keeps keyboard and screen-reader use simple. */
export function TaskPicker({ tasks, value, onChange, disabled }: TaskPickerProps) {
  const i18n = useI18n();
  const current = tasks.find((task) => task.id === value);
  return (
    <Field label={i18n.t("task.label")} hint={current?.description[i18n.language]}>
      <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)}>
        {tasks.map((task) => (
          <option key={task.id} value={task.id}>
            {task.label[i18n.language]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
