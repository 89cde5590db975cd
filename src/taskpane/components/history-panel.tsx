import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { ClientTask } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";
import { copyResult } from "./copy-result";
import { FeedbackBar, type Feedback } from "./feedback-bar";
import { usePane } from "./pane-context";
import { insertLayout } from "./insert-layout";
import { useMarkdown } from "./use-markdown";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: "6em", overflowY: "hidden" },
});

// As the result showed it: its task's layout (Leichte Sprache a sentence per line).
const layoutOfTask = (tasks: readonly ClientTask[], taskId: string) =>
  insertLayout(
    tasks.find((task) => task.id === taskId),
    undefined,
  );

/** The box shows the first lines only; more text would only be hidden. */
const PREVIEW_CHARS = 600;

/** Earlier results of this session (the current one is shown above), to copy again. Memory only. */
export function HistoryPanel({ currentRunId }: { currentRunId?: number }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { runStore, config } = usePane();
  const entries = useSyncExternalStore(runStore.subscribe, runStore.getHistory);
  const history = entries.filter((entry) => entry.runId !== currentRunId);
  // How the last copy went, said as the result's own copy says it.
  const [copied, setCopied] = useState<Feedback>();
  // Entries read as the result did: without Markdown marks (raw until the parser is in).
  const markdown = useMarkdown(history.length > 0);
  const taskOf = (taskId: string) => config.tasks.find((task) => task.id === taskId);
  const layoutOf = (taskId: string) => layoutOfTask(config.tasks, taskId);
  // Parsed once per entry, not on every update of a streaming result above.
  const previews = useMemo(() => {
    return new Map(
      entries.map((entry) => {
        const text = markdown
          ? markdown.blocksToText(markdown.laidOutBlocks(entry.text, layoutOfTask(config.tasks, entry.taskId).sentencePerParagraph))
          : entry.text;
        return [entry.runId, text.slice(0, PREVIEW_CHARS)];
      }),
    );
  }, [entries, markdown, config]);
  if (history.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="history">
        <AccordionHeader as="h2">{t("history.heading")}</AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p">{t("history.hint")}</Caption1>
          <ul className={styles.list}>
            {history.map((entry) => (
              <li key={entry.runId} className={styles.entry}>
                <Text weight="semibold">{taskOf(entry.taskId)?.label[language] ?? entry.taskId}</Text>
                <Text className={styles.text}>{previews.get(entry.runId)}</Text>
                <Button size="small" onClick={() => void copyResult(entry.text, layoutOf(entry.taskId)).then(setCopied)}>
                  {t("action.copy")}
                </Button>
              </li>
            ))}
          </ul>
          {copied && <FeedbackBar feedback={copied} />}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
