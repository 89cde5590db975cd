import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TaskOutput } from "../../core/protocol";
import type { HostAdapter, InsertLayout, InsertMode, SourceSnapshot } from "../hosts/host-adapter";
import { HostError } from "../hosts/host-error";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-de";
import { copyResult } from "./copy-result";
import { affectedText } from "./embedded-text";
import { FeedbackBar, type Feedback } from "./feedback-bar";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ResultActionsProps {
  adapter: HostAdapter;
  source: SourceSnapshot;
  text: string;
  layout: InsertLayout;
  output: TaskOutput;
  /** The admin's (or clerk's) preferred mode; it becomes the first button where the host has it. */
  defaultMode: InsertMode;
}

const LABELS: Record<InsertMode, MessageKey> = {
  replace: "action.replace",
  replaceTracked: "action.replaceTracked",
  insertBelow: "action.insertBelow",
  comment: "action.comment",
  reply: "action.reply",
  replyAll: "action.replyAll",
  subject: "action.subject",
};

/** Reply forms only for reply drafts, the subject field only for subjects, documents for everything else. */
export function modesForOutput(modes: readonly InsertMode[], output: TaskOutput): InsertMode[] {
  return modes.filter((mode) => {
    if (mode === "reply" || mode === "replyAll") return output === "reply";
    if (mode === "subject") return output === "subject";
    return output !== "subject";
  });
}

/** The preferred mode first, then the host's own order. */
export function orderModes(modes: readonly InsertMode[], preferred: InsertMode): InsertMode[] {
  return modes.includes(preferred) ? [preferred, ...modes.filter((mode) => mode !== preferred)] : [...modes];
}

/** The write-back actions the host allows, plus copying everywhere. The document changes only here. */
export function ResultActions({ adapter, source, text, layout, defaultMode, output }: ResultActionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [inserted, setInserted] = useState(false);
  const modes = orderModes(modesForOutput(adapter.insertModes, output), defaultMode);

  const insert = async (mode: InsertMode) => {
    setBusy(true);
    setFeedback(undefined);
    try {
      await adapter.insert(source, text, mode, layout);
      setInserted(true);
      setFeedback({ intent: "success", key: `insert.${mode}.done` });
    } catch (error) {
      const code = error instanceof HostError ? error.code : "write_failed";
      // Where replacing would lose footnotes, fields, …: say which, where, and what to do instead.
      const affected = error instanceof HostError ? error.affected : undefined;
      setFeedback({ intent: "error", key: `insert.${code}`, ...(affected && { detail: affectedText(i18n, affected, modes) }) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => setFeedback(await copyResult(text, layout));

  return (
    <>
      <div className={styles.row} role="group" aria-label={t("result.actions")}>
        {modes.map((mode, index) => (
          <Button key={mode} appearance={index === 0 ? "primary" : "secondary"} disabled={busy} onClick={() => void insert(mode)}>
            {t(LABELS[mode])}
          </Button>
        ))}
        <Button appearance={modes.length === 0 ? "primary" : "secondary"} onClick={() => void copy()}>
          {t("action.copy")}
        </Button>
      </div>
      {adapter.missingModes && adapter.missingModes.length > 0 && <Text size={200}>{t("insert.missingModes")}</Text>}
      {feedback && <FeedbackBar feedback={feedback} />}
      {!inserted && modes.includes("replace") && <Text size={200}>{t("result.original")}</Text>}
    </>
  );
}
