import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { OptionValue, TaskOption } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";
import { LazyPart, retryableLazy } from "./lazy-part";

// Text and number controls are rarer than choices: they load with the first task that has one.
const fields = () => import(/* webpackChunkName: "option-fields" */ "./option-fields");
const TextOptionField = retryableLazy(() => fields().then((m) => m.TextOptionField));
const NumberOptionField = retryableLazy(() => fields().then((m) => m.NumberOptionField));

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TaskOptionsProps {
  options: TaskOption[];
  values: Record<string, OptionValue>;
  onChange: (id: string, value: OptionValue) => void;
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
              <LazyPart key={option.id}>
                <TextOptionField option={option} label={label} value={String(value)} disabled={disabled} onChange={(next) => onChange(option.id, next)} />
              </LazyPart>
            );
          case "boolean":
            return (
              <Checkbox
                key={option.id}
                label={label}
                checked={Boolean(value)}
                disabled={disabled}
                onChange={(_e, data) => onChange(option.id, data.checked === true)}
              />
            );
          case "number":
            return (
              <LazyPart key={option.id}>
                <NumberOptionField option={option} label={label} value={Number(value)} disabled={disabled} onChange={(next) => onChange(option.id, next)} />
              </LazyPart>
            );
        }
      })}
    </div>
  );
}
