import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import { DEFAULT_INSERT_MODES } from "../state/settings-store";
import { useSettings } from "../state/use-settings";
import type { MessageKey } from "../i18n/messages-de";
import { usePane } from "./pane-context";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS } });

const MODE_LABELS: Record<(typeof DEFAULT_INSERT_MODES)[number], MessageKey> = {
  replace: "action.replace",
  replaceTracked: "action.replaceTracked",
  insertBelow: "action.insertBelow",
};

/** The clerk's own preferences: how results go in by default, tracked changes, language. Stored without any text. */
export function SettingsPanel() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { settings: store, adapter, config } = usePane();
  const settings = useSettings(store);
  const modes = DEFAULT_INSERT_MODES.filter((mode) => adapter.insertModes.includes(mode));
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t("settings.heading")}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {modes.length > 0 && (
            <Field label={t("settings.insertMode")}>
              <Select
                value={settings.insertMode ?? config.insert.defaultMode}
                onChange={(_event, data) => store.update({ insertMode: data.value as typeof settings.insertMode })}
              >
                {modes.map((mode) => (
                  <option key={mode} value={mode}>
                    {t(MODE_LABELS[mode])}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {adapter.insertModes.includes("replaceTracked") && (
            <Switch
              checked={settings.trackChanges ?? false}
              label={t("settings.trackChanges")}
              onChange={(_event, data) => store.update({ trackChanges: data.checked })}
            />
          )}
          <Field label={t("settings.language")}>
            <RadioGroup value={settings.language ?? language} onChange={(_event, data) => store.update({ language: data.value as "de" | "en" })}>
              <Radio value="de" label="Deutsch" />
              <Radio value="en" label="English" />
            </RadioGroup>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
