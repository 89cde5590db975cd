import type { Usage } from "../../core/protocol";
import type { GatewayMetrics } from "../metrics/gateway-metrics";
import type { UsageLog } from "../usage/usage-log";

export interface RecorderDeps {
  metrics: GatewayMetrics;
  usage: UsageLog;
  model?: string;
}

/** Measures one run for the metrics and the usage file: durations and counts, never content. */
export class RunRecorder {
  private readonly started = performance.now();
  private queueMs = 0;
  private sawText = false;

  constructor(
    private readonly deps: RecorderDeps,
    private readonly user: string,
    private readonly task: string,
    private readonly inputChars: number,
  ) {}

  readonly onQueueWait = (ms: number): void => {
    this.queueMs += ms;
  };

  text(): void {
    if (this.sawText) return;
    this.sawText = true;
    this.deps.metrics.timeToFirstText.observe({ task: this.task }, (performance.now() - this.started) / 1000);
  }

  finish(outcome: string, usage?: Usage): number {
    const durationMs = performance.now() - this.started;
    this.deps.metrics.runs.inc({ task: this.task, outcome });
    this.deps.metrics.runDuration.observe({ task: this.task }, durationMs / 1000);
    this.deps.usage.record(this.user, {
      task: this.task,
      model: this.deps.model,
      outcome,
      inputChars: this.inputChars,
      inputTokens: usage?.promptTokens,
      outputTokens: usage?.completionTokens,
      queueMs: Math.round(this.queueMs),
      durationMs: Math.round(durationMs),
    });
    return durationMs;
  }
}
