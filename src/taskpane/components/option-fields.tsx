import { Field, Input, SpinButton } from "@fluentui/react-components";
import type { TaskOption } from "../../core/protocol";

type Props<T extends TaskOption["type"]> = {
  option: Extract<TaskOption, { type: T }>;
  label: string;
  value: string | number;
  disabled?: boolean;
  onChange: (value: string | number) => void;
};

/** Free text option (a focus, a wish); loaded with the first task that has one. */
export function TextOptionField({ option, label, value, disabled, onChange }: Props<"text">) {
  return (
    <Field label={label}>
      <Input value={String(value)} maxLength={option.maxLength} disabled={disabled} onChange={(_e, data) => onChange(data.value)} />
    </Field>
  );
}

/** Number option, kept within the task's bounds. */
export function NumberOptionField({ option, label, value, disabled, onChange }: Props<"number">) {
  return (
    <Field label={label}>
      <SpinButton
        value={Number(value)}
        min={option.min}
        max={option.max}
        disabled={disabled}
        onChange={(_e, data) => {
          const next = data.value ?? Number(data.displayValue);
          if (Number.isFinite(next)) onChange(Math.min(option.max, Math.max(option.min, next)));
        }}
      />
    </Field>
  );
}
