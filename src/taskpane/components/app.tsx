import { Button, Checkbox, Field, MessageBar, MessageBarActions, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SourceSnapshot, ThreadScope } from "../hosts/host-adapter";
import { HostError, type HostErrorCode } from "../hosts/host-error";
import { useI18n } from "../i18n/i18n";
import { useRun } from "../state/use-run";
import { useTaskChoices } from "../state/use-task-choices";
import { BrowserDocumentEditor } from "./browser-document-editor";
import { analyzeText } from "../readability/readability-client";
import { LazyPart, retryableLazy } from "./lazy-part";
import { LiveAnnouncer } from "./live-announcer";
import { usePane } from "./pane-context";
import { PrivacyNotice } from "./privacy-notice";
import type { ReadabilityState } from "./readability-panel";
import { SourceLine } from "./source-line";
import { TaskOptions } from "./task-options";
import { TaskPicker } from "./task-picker";
import { useAfterFirstScreen } from "./use-after-first-screen";

// Not needed for the first screen: rendered, and so loaded, after it (useAfterFirstScreen).
const SettingsPanel = retryableLazy(() => import(/* webpackChunkName: "pane-extras" */ "./settings-panel").then((m) => m.SettingsPanel));
const HistoryPanel = retryableLazy(() => import(/* webpackChunkName: "pane-extras" */ "./history-panel").then((m) => m.HistoryPanel));
const ThreadScopePicker = retryableLazy(() => import(/* webpackChunkName: "thread-scope" */ "./thread-scope-picker").then((m) => m.ThreadScopePicker));
// Empty until the clerk starts a task or a check: also rendered after the first screen.
const ReadabilityPanel = retryableLazy(() => import(/* webpackChunkName: "results" */ "./readability-panel").then((m) => m.ReadabilityPanel));
const ResultView = retryableLazy(() => import(/* webpackChunkName: "results" */ "./result-view").then((m) => m.ResultView));

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The pane's main view: document (browser mode), task, source, run, result. */
export function App() {
  const i18n = useI18n();
  const styles = useStyles();
  const { adapter, browserDocument, config, runStore, officeTimedOut, settings } = usePane();
  const state = useRun(runStore);
  // Outlook: another item means another mode and another source; bumping this re-reads both.
  const [itemVersion, setItemVersion] = useState(0);
  const [thread, setThread] = useState<ThreadScope>("latest");
  const tasks = config.tasks.filter((task) => task.hosts.includes(adapter.kind) && (adapter.offersTask?.(task) ?? true));
  const { task, taskId, options, chooseTask, setOption } = useTaskChoices(tasks, adapter.kind, settings);
  const [readFailed, setReadFailed] = useState<HostErrorCode>();
  const [maskingFailed, setMaskingFailed] = useState(false);
  const [tooLong, setTooLong] = useState<number>();
  const [instruction, setInstruction] = useState("");
  const [readability, setReadability] = useState<ReadabilityState>({ status: "idle" });
  const running = state.status === "submitted" || state.status === "streaming";
  // The panels below the form load after the first screen.
  const extras = useAfterFirstScreen();

  // A whole document above the admin's size waits here until the clerk confirms.
  const [unconfirmed, setUnconfirmed] = useState<SourceSnapshot>();

  useEffect(
    () =>
      adapter.onItemChanged?.(() => {
        // Never let a result for one email meet another: stop, reset, read the new item.
        runStore.reset();
        setUnconfirmed(undefined);
        setReadability({ status: "idle" });
        setItemVersion((version) => version + 1);
      }),
    [adapter, runStore],
  );

  // Masking: on by default where the admin switched it on; the clerk may switch it off unless it is mandatory.
  const [maskingOff, setMaskingOff] = useState<Record<string, boolean>>({});
  const masking = task?.masking === "mandatory" || (task?.masking === "on" && !maskingOff[taskId]);

  const send = async (source: SourceSnapshot) => {
    setUnconfirmed(undefined);
    // The detectors load only where masking is on. Without them nothing is sent: the text would go out unmasked.
    const privacy = masking ? await import(/* webpackChunkName: "privacy" */ "../../core/privacy").catch(() => undefined) : undefined;
    const unmaskable = masking && !privacy;
    setMaskingFailed(unmaskable);
    if (unmaskable) return;
    const masked = privacy?.maskText(source.text, config.privacy);
    return runStore.start(taskId, source, adapter.kind, options, task?.allowsInstruction ? instruction : undefined, masked);
  };

  const start = async () => {
    setReadFailed(undefined);
    setTooLong(undefined);
    let source;
    try {
      source = await adapter.readSource({ thread });
    } catch (error) {
      setReadFailed(error instanceof HostError ? error.code : "read_failed");
      return;
    }
    // Longer than the gateway accepts: say so with the limit, before anything is sent or confirmed.
    if (source.text.length > config.limits.maxInputChars) setTooLong(source.text.length);
    else if (source.scope === "document" && source.stats.words > config.limits.confirmDocumentWords) setUnconfirmed(source);
    else await send(source);
  };

  const checkReadability = async () => {
    setReadability({ status: "running" });
    try {
      const snapshot = await adapter.readSource({ thread });
      setReadability({ status: "done", snapshot, report: await analyzeText(snapshot.text, config.lexicon) });
    } catch {
      setReadability({ status: "failed" });
    }
  };

  return (
    <>
      <PrivacyNotice />
      {!config.backend.configured && (
        <MessageBar intent="warning">
          <MessageBarBody>{i18n.t("backend.missing")}</MessageBarBody>
        </MessageBar>
      )}
      {browserDocument && (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{i18n.t(officeTimedOut ? "browser.officeTimeout" : "browser.notice")}</MessageBarBody>
          </MessageBar>
          <BrowserDocumentEditor document={browserDocument} />
        </>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!running) void start();
        }}
      >
        {tasks.length > 0 ? (
          <TaskPicker tasks={tasks} value={taskId} onChange={chooseTask} disabled={running} />
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>{i18n.t("task.none")}</MessageBarBody>
          </MessageBar>
        )}
        {task && <TaskOptions key={task.id} options={task.options} values={options} disabled={running} onChange={setOption} />}
        {task?.allowsInstruction && (
          <Field label={i18n.t("task.instruction")} hint={i18n.t("task.instructionHint")}>
            <Textarea value={instruction} maxLength={1000} disabled={running} onChange={(_e, data) => setInstruction(data.value)} />
          </Field>
        )}
        {task && task.masking !== "off" && (
          <Checkbox
            checked={masking}
            disabled={running || task.masking === "mandatory"}
            label={i18n.t(task.masking === "mandatory" ? "masking.mandatory" : "masking.switch")}
            onChange={(_event, data) => setMaskingOff((all) => ({ ...all, [taskId]: !data.checked }))}
          />
        )}
        {adapter.threadChoice && (
          <LazyPart>
            <ThreadScopePicker value={thread} onChange={setThread} disabled={running} />
          </LazyPart>
        )}
        <SourceLine key={itemVersion} adapter={adapter} options={{ thread }} />
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={running || !taskId}>
            {i18n.t("action.start")}
          </Button>
          {running && (
            <Button type="button" onClick={() => runStore.cancel()}>
              {i18n.t("action.cancel")}
            </Button>
          )}
          {!running && (
            <Button type="button" disabled={readability.status === "running"} onClick={() => void checkReadability()}>
              {i18n.t("action.check")}
            </Button>
          )}
        </div>
        {unconfirmed && (
          <MessageBar intent="warning" layout="multiline" data-testid="confirm-document">
            <MessageBarBody>{i18n.t("confirm.document", { words: i18n.count("count.words", unconfirmed.stats.words) })}</MessageBarBody>
            <MessageBarActions>
              <Button type="button" appearance="primary" onClick={() => void send(unconfirmed)}>
                {i18n.t("action.sendDocument")}
              </Button>
              <Button type="button" onClick={() => setUnconfirmed(undefined)}>
                {i18n.t("action.notNow")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {tooLong !== undefined && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{i18n.t("source.tooLong", { chars: i18n.number(tooLong), limit: i18n.number(config.limits.maxInputChars) })}</MessageBarBody>
          </MessageBar>
        )}
        {readFailed && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{i18n.t(`insert.${readFailed}`)}</MessageBarBody>
          </MessageBar>
        )}
        {maskingFailed && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{i18n.t("masking.failed")}</MessageBarBody>
          </MessageBar>
        )}
      </form>
      <LiveAnnouncer status={state.status} />
      {/* One part: if its code cannot load, one message says so. */}
      {extras && (
        <LazyPart>
          <ReadabilityPanel state={readability} />
          <HistoryPanel currentRunId={"runId" in state ? state.runId : undefined} />
          <SettingsPanel />
          <ResultView key={"runId" in state ? state.runId : 0} state={state} />
        </LazyPart>
      )}
    </>
  );
}
