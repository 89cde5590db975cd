import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ThreadScope } from "../hosts/host-adapter";
import { useI18n } from "../i18n/i18n";

/** Outlook read mode: the latest message only, or the whole thread. */
export function ThreadScopePicker({ value, onChange, disabled }: { value: ThreadScope; onChange: (scope: ThreadScope) => void; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <Field label={t("thread.label")}>
      <RadioGroup value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value as ThreadScope)}>
        <Radio value="latest" label={t("thread.latest")} />
        <Radio value="thread" label={t("thread.thread")} />
      </RadioGroup>
    </Field>
  );
}
