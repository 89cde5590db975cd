import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { compareInWorker, type DiffOutcome } from "../diff/word-diff-client";
import { useI18n } from "../i18n/i18n";
import { TEXT_PANEL } from "./text-panel";

const useStyles = makeStyles({
  text: TEXT_PANEL,
  // Not by colour alone: removed text is struck through, added text underlined.
  removed: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1 },
  added: { textDecorationLine: "underline", color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1 },
});

/** Word-level changes from the original to the result, found in a worker (loaded on demand). */
export default function DiffView({ original, result }: { original: string; result: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  // The outcome names its texts, so a new pair shows the spinner until its own outcome comes.
  const [found, setFound] = useState<{ original: string; result: string; outcome: DiffOutcome }>();
  useEffect(() => compareInWorker(original, result, (outcome) => setFound({ original, result, outcome })), [original, result]);
  const outcome = found?.original === original && found.result === result ? found.outcome : undefined;

  if (!outcome) return <Spinner size="tiny" label={t("diff.computing")} />;
  if (!("changes" in outcome)) {
    return (
      <MessageBar intent={"failed" in outcome ? "error" : "info"} layout="multiline">
        <MessageBarBody>{t("failed" in outcome ? "diff.failed" : "diff.tooMany")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.text} role="region" aria-label={t("diff.label")} tabIndex={0} data-testid="diff-view">
      {outcome.changes.map((part, index) =>
        part.change === "removed" ? (
          <del key={index} className={styles.removed} aria-label={t("diff.removed", { text: part.text })}>
            {part.text}
          </del>
        ) : part.change === "added" ? (
          <ins key={index} className={styles.added} aria-label={t("diff.added", { text: part.text })}>
            {part.text}
          </ins>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
