import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RunState } from "../state/run-store";
import { useI18n } from "../i18n/i18n";
import { useSettings } from "../state/use-settings";
import { FactWarnings } from "./fact-warnings";
import { MaskingNotice } from "./masking-notice";
import { preferredMode } from "./preferred-mode";
import { TEXT_PANEL } from "./text-panel";
import { failureText } from "./failure-text";
import { ResultActions } from "./result-actions";
import { ScoreComparison } from "./score-comparison";
import { usePane } from "./pane-context";
import { insertLayout } from "./insert-layout";
import { LazyPart, retryableLazy } from "./lazy-part";
import { FormattedResult } from "./formatted-result";
import { useResultBlocks } from "./use-markdown";

// The comparison (its view and its worker with the diff library) loads only when the clerk asks for it.
const DiffView = retryableLazy(() => import(/* webpackChunkName: "diff-view" */ "./diff-view").then((m) => m.default));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: TEXT_PANEL,
});

function StatusLine({ state }: { state: Exclude<RunState, { status: "idle" }> }) {
  const { t } = useI18n();
  if (state.status === "submitted") {
    const label = state.queuePosition
      ? t("result.queue", { position: state.queuePosition })
      : state.progress
        ? t(`result.progress.${state.progress.stage}`, { done: state.progress.done, total: state.progress.total })
        : t("result.waiting");
    return <Spinner size="tiny" label={label} />;
  }
  if (state.status === "streaming") return <Spinner size="tiny" label={t("result.writing")} />;
  if (state.status === "done") return <Text>{t(state.finishReason === "length" ? "result.truncated" : "result.done")}</Text>;
  if (state.status === "cancelled") return <Text>{t("result.cancelled")}</Text>;
  return null;
}

/** Shows the streaming result, its status, errors and what can be done with it. */
export function ResultView({ state }: { state: RunState }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { adapter, config, runStore, settings: settingsStore } = usePane();
  const settings = useSettings(settingsStore);
  const [showDiff, setShowDiff] = useState(false);
  const started = state.status !== "idle";
  const finished = state.status === "done" || state.status === "cancelled" || state.status === "error";
  const task = started ? config.tasks.find((candidate) => candidate.id === state.taskId) : undefined;
  const layout = started ? insertLayout(task, state.options) : {};
  // Shown, compared and scored as the hosts will write it: without Markdown marks, in the task's layout.
  const parsed = useResultBlocks(started ? state.text : "", started, finished, layout.sentencePerParagraph);
  if (!started) return null;
  const shownText = parsed?.plain ?? state.text;
  return (
    <section className={styles.section} aria-labelledby="result-heading">
      <Subtitle2 as="h2" id="result-heading">
        {i18n.t("result.heading")}
      </Subtitle2>
      <StatusLine state={state} />
      {task?.draft && (
        <MessageBar intent="warning">
          <MessageBarBody>{i18n.t("result.draft")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{i18n.t("error.title")}</MessageBarTitle>
            {failureText(i18n, state.error)} {state.text ? i18n.t("error.keepText") : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.masking && <MaskingNotice masking={state.masking} finished={finished} />}
      {state.status === "done" && <FactWarnings facts={state.facts} />}
      {state.status === "done" && task?.output === "rewrite" && <ScoreComparison original={state.source.text} result={shownText} />}
      {finished && state.text && task?.output === "rewrite" && (
        <Switch checked={showDiff} onChange={(_event, data) => setShowDiff(data.checked)} label={i18n.t("diff.toggle")} />
      )}
      {showDiff && finished && state.text ? (
        <LazyPart fallback={<Spinner size="tiny" label={i18n.t("app.loading")} />}>
          <DiffView original={state.source.text} result={shownText} />
        </LazyPart>
      ) : (
        state.text && (
          <div className={styles.text} role="region" aria-label={i18n.t("result.label")} tabIndex={0} data-testid="result-text">
            {parsed ? <FormattedResult blocks={parsed.blocks} /> : state.text}
          </div>
        )
      )}
      {finished && state.text && (
        <ResultActions
          key={state.runId}
          adapter={adapter}
          source={state.source}
          text={state.text}
          layout={layout}
          defaultMode={preferredMode(settings, config.insert.defaultMode)}
          output={task?.output ?? "rewrite"}
        />
      )}
      {finished && (
        <div>
          <Button onClick={() => void runStore.again()}>{i18n.t("action.again")}</Button>
        </div>
      )}
    </section>
  );
}
