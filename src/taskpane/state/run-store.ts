import type { MaskResult, PiiType } from "../../core/privacy";
import { Unmasker, type UnmaskReport } from "../../core/privacy/unmasker";
import type { FactReportPayload, FinishReason, Host, ProgressEvent, RunEvent, RunRequest } from "../../core/protocol";
import { ApiError } from "../api/api-error";
import type { SourceSnapshot } from "../hosts/host-adapter";

export interface RunFailure {
  code: string;
  /** The gateway's plain-German message, shown when the pane has no own text for the code. */
  message: string;
  retryAfterSeconds?: number;
}

/** One run's state. The text produced so far survives errors and cancelling. */
export interface RunInfo {
  runId: number;
  taskId: string;
  source: SourceSnapshot;
  /** The options the run was started with; the result is written with them (layout). */
  options: RunRequest["options"];
  /** With masking: what was replaced before sending, what may be a name left unreplaced, and (at the end) what the model dropped or invented. */
  masking?: { counts: Partial<Record<PiiType, number>>; doubtful?: string[]; report?: UnmaskReport };
}

export type RunState =
  | { status: "idle" }
  | (RunInfo & { status: "submitted"; text: ""; queuePosition?: number; progress?: ProgressEvent })
  | (RunInfo & { status: "streaming"; text: string })
  | (RunInfo & { status: "done"; text: string; finishReason: FinishReason; facts?: FactReportPayload })
  | (RunInfo & { status: "cancelled"; text: string })
  | (RunInfo & { status: "error"; text: string; error: RunFailure });

export interface HistoryEntry {
  runId: number;
  taskId: string;
  text: string;
  at: number;
}

const HISTORY_SIZE = 20;

export type StreamRun = (request: RunRequest, options: { signal: AbortSignal }) => AsyncIterable<RunEvent>;

function toFailure(error: unknown): RunFailure {
  if (error instanceof ApiError) return { code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  return { code: "internal", message: "Unbekannter Fehler." };
}

/**
 * Holds the current run outside React (read with useSyncExternalStore).
 * Streamed text is published at most every `flushMs`, so a fast model does
 * not re-render the pane for every token.
 */
export class RunStore {
  private state: RunState = { status: "idle" };
  private readonly listeners = new Set<() => void>();
  private abort?: AbortController;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private pending?: RunState;
  private runCount = 0;
  private history: readonly HistoryEntry[] = [];
  /** What the last run was started with, for "Neu erzeugen"; in memory only, gone with a reset. */
  private last?: Parameters<RunStore["start"]>;

  constructor(
    private readonly streamRun: StreamRun,
    private readonly flushMs = 50,
  ) {}

  getSnapshot = (): RunState => this.state;

  /** Finished results of this pane session, newest first; in memory only, gone when the pane closes. */
  getHistory = (): readonly HistoryEntry[] => this.history;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get running(): boolean {
    return this.state.status === "submitted" || this.state.status === "streaming";
  }

  /**
   * Starts a run. With `masked`, the gateway gets the masked text; the
   * values come back into the streamed result here, in the pane's memory only.
   */
  async start(
    taskId: string,
    source: SourceSnapshot,
    host: Host,
    options: RunRequest["options"] = {},
    instruction?: string,
    masked?: MaskResult,
  ): Promise<void> {
    this.cancel();
    this.last = [taskId, source, host, options, instruction, masked];
    const abort = new AbortController();
    this.abort = abort;
    const unmasker = masked ? new Unmasker(masked.values) : undefined;
    let info: RunInfo = {
      runId: ++this.runCount,
      taskId,
      source,
      options,
      ...(masked ? { masking: { counts: masked.counts, doubtful: masked.doubtful } } : {}),
    };
    this.set({ status: "submitted", ...info, text: "" });
    let text = "";
    // Whatever the unmasker still holds, and what it has to report, when the run ends for any reason.
    const finish = () => {
      if (!unmasker) return;
      text += unmasker.end();
      info = { ...info, masking: { ...info.masking!, report: unmasker.report() } };
    };
    try {
      const request: RunRequest = { task: taskId, text: masked?.text ?? source.text, host, options, ...(instruction?.trim() ? { instruction } : {}) };
      for await (const event of this.streamRun(request, { signal: abort.signal })) {
        if (abort.signal.aborted) return;
        if (event.event === "delta") {
          text += unmasker ? unmasker.push(event.data.text) : event.data.text;
          this.scheduleFlush({ status: "streaming", ...info, text });
        } else if (event.event === "queue" || event.event === "progress") {
          // Before the text starts: where the run waits, or how far a long run is.
          if (text === "") {
            const current = this.state.status === "submitted" ? this.state : undefined;
            this.set({
              status: "submitted",
              ...info,
              text: "",
              queuePosition: event.event === "queue" ? event.data.position : undefined,
              progress: event.event === "progress" ? event.data : current?.progress,
            });
          }
        } else if (event.event === "done") {
          finish();
          if (text) this.history = [{ runId: info.runId, taskId, text, at: Date.now() }, ...this.history].slice(0, HISTORY_SIZE);
          this.set({ status: "done", ...info, text, finishReason: event.data.finishReason, facts: event.data.facts });
        } else {
          finish();
          this.set({ status: "error", ...info, text, error: event.data });
        }
      }
      if (this.running && this.abort === abort) {
        finish();
        this.set({ status: "error", ...info, text, error: { code: "stream_interrupted", message: "Die Antwort wurde unterbrochen." } });
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      finish();
      this.set({ status: "error", ...info, text, error: toFailure(error) });
    }
  }

  /** Stops the run; the connection closes and the gateway aborts the backend request. */
  cancel(): void {
    if (!this.abort) return;
    const state = this.state;
    this.abort.abort();
    this.abort = undefined;
    if (state.status === "submitted" || state.status === "streaming") {
      this.set({
        status: "cancelled",
        runId: state.runId,
        taskId: state.taskId,
        source: state.source,
        options: state.options,
        masking: state.masking,
        text: state.text,
      });
    }
  }

  /**
   * Runs the last run again ("Neu erzeugen"): the same source as read then,
   * the same task, options, wish and placeholders, whatever the form or the
   * document show now.
   */
  again(): Promise<void> {
    return this.last ? this.start(...this.last) : Promise.resolve();
  }

  reset(): void {
    this.cancel();
    this.last = undefined;
    this.set({ status: "idle" });
  }

  private scheduleFlush(next: RunState): void {
    this.pending = next;
    if (this.state.status === "submitted") {
      this.flush();
      return;
    }
    this.flushTimer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pending) this.publish(this.pending);
    this.pending = undefined;
  }

  private set(next: RunState): void {
    this.pending = undefined;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.publish(next);
  }

  private publish(next: RunState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
