import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { useI18n } from "../i18n/i18n";
import { copyPlain } from "./copy-plain";
import { FeedbackBar, type Feedback } from "./feedback-bar";
import { usePane } from "./pane-context";
import { useMarkdown } from "./use-markdown";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: "6em", overflowY: "hidden" },
});

/** Earlier results of this session (the current one is shown above), to copy again. Memory only. */
export function HistoryPanel({ currentRunId }: { currentRunId?: number }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { runStore, config } = usePane();
  const history = useSyncExternalStore(runStore.subscribe, runStore.getHistory).filter((entry) => entry.runId !== currentRunId);
  // How the last copy went, said as the result's own copy says it.
  const [copied, setCopied] = useState<Feedback>();
  // Entries read as the result did: without Markdown marks (raw until the parser is in).
  const markdown = useMarkdown(history.length > 0);
  const preview = (text: string) => (markdown ? markdown.blocksToText(markdown.markdownToBlocks(text)) : text);
  if (history.length === 0) return null;
  const label = (taskId: string) => config.tasks.find((task) => task.id === taskId)?.label;
  return (
    <Accordion collapsible>
      <AccordionItem value="history">
        <AccordionHeader as="h2">{t("history.heading")}</AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p">{t("history.hint")}</Caption1>
          <ul className={styles.list}>
            {history.map((entry) => (
              <li key={entry.runId} className={styles.entry}>
                <Text weight="semibold">{label(entry.taskId)?.[language] ?? entry.taskId}</Text>
                <Text className={styles.text}>{preview(entry.text)}</Text>
                <Button size="small" onClick={() => void copyPlain(entry.text).then(setCopied)}>
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
