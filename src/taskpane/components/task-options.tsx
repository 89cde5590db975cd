import { Checkbox, Field, Input, Select, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import type { OptionValue, TaskOption } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TaskOptionsProps {
  options: TaskOption[];
  values: Record<string, OptionValue>;
  onChange(id: string, value: OptionValue): void;
  disabled?: boolean;
}

/** One control per declared option type; labels come from the task in the pane's language. */
export function TaskOptions({ options, values, onChange, disabled }: TaskOptionsProps) {
  const { language } = useI18n();
  const styles = useStyles();
  if (options.length === 0) return null;
  return (
    <div className={styles.options}>
      {options.map((option) => {
        const label = option.label[language];
        const value = values[option.id] ?? option.default;
        switch (option.type) {
          case "choice":
            return (
              <Field key={option.id} label={label}>
                <Select value={String(value)} disabled={disabled} onChange={(_e, data) => onChange(option.id, data.value)}>
                  {option.choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label[language]}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          case "text":
            return (
              <Field key={option.id} label={label}>
                <Input value={String(value)} maxLength={option.maxLength} disabled={disabled} onChange={(_e, data) => onChange(option.id, data.value)} />
              </Field>
            );
          case "boolean":
            return (
              <Checkbox key={option.id} label={label} checked={Boolean(value)} disabled={disabled} onChange={(_e, data) => onChange(option.id, data.checked === true)} />
            );
          case "number":
            return (
              <Field key={option.id} label={label}>
                <SpinButton
                  value={Number(value)}
                  min={option.min}
                  max={option.max}
                  disabled={disabled}
                  onChange={(_e, data) => {
                    const next = data.value ?? Number(data.displayValue);
                    if (Number.isFinite(next)) onChange(option.id, Math.min(option.max, Math.max(option.min, next)));
                  }}
                />
              </Field>
            );
        }
      })}
    </div>
  );
}
