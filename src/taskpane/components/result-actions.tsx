import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { HostAdapter, InsertMode, SourceSnapshot } from "../hosts/host-adapter";
import { HostError } from "../hosts/host-error";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-de";
import { copyText } from "../lib/clipboard";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Feedback = { intent: "success" | "error"; key: MessageKey } | undefined;

export interface ResultActionsProps {
  adapter: HostAdapter;
  source: SourceSnapshot;
  text: string;
}

/** Ersetzen, Darunter einfügen, Kopieren: what the host allows, plus copying everywhere. */
export function ResultActions({ adapter, source, text }: ResultActionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [inserted, setInserted] = useState(false);

  const insert = async (mode: InsertMode) => {
    setBusy(true);
    setFeedback(undefined);
    try {
      await adapter.insert(source, text, mode);
      setInserted(true);
      setFeedback({ intent: "success", key: mode === "replace" ? "insert.replace.done" : "insert.insertBelow.done" });
    } catch (error) {
      const code = error instanceof HostError ? error.code : "write_failed";
      setFeedback({ intent: "error", key: `insert.${code}` });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    const ok = await copyText(text);
    setFeedback(ok ? { intent: "success", key: "copy.done" } : { intent: "error", key: "copy.failed" });
  };

  return (
    <>
      <div className={styles.row}>
        {adapter.insertModes.map((mode, index) => (
          <Button key={mode} appearance={index === 0 ? "primary" : "secondary"} disabled={busy} onClick={() => void insert(mode)}>
            {t(mode === "replace" ? "action.replace" : "action.insertBelow")}
          </Button>
        ))}
        <Button appearance={adapter.insertModes.length === 0 ? "primary" : "secondary"} onClick={() => void copy()}>
          {t("action.copy")}
        </Button>
      </div>
      {feedback && (
        <MessageBar intent={feedback.intent} role={feedback.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{t(feedback.key)}</MessageBarBody>
        </MessageBar>
      )}
      {!inserted && adapter.insertModes.includes("replace") && <Text size={200}>{t("result.original")}</Text>}
    </>
  );
}
