import { GatewayError } from "../http/gateway-error";
import type { SseStream } from "../http/sse-stream";

interface ActiveRun {
  abort: AbortController;
  sse: SseStream;
}

/** The runs streaming right now, so a shutdown can let them finish, or end them clearly. */
export class RunRegistry {
  private readonly runs = new Set<ActiveRun>();
  private emptied?: () => void;

  get size(): number {
    return this.runs.size;
  }

  add(run: ActiveRun): () => void {
    this.runs.add(run);
    return () => {
      this.runs.delete(run);
      if (this.runs.size === 0) this.emptied?.();
    };
  }

  /**
   * Waits up to `graceMs` for running streams to finish, then ends the rest
   * with an `error` event the clerk understands and aborts their backend requests.
   */
  async drain(graceMs: number): Promise<void> {
    if (this.runs.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.emptied = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const error = new GatewayError("server_shutdown", 503);
    await Promise.all(
      [...this.runs].map(async (run) => {
        await run.sse.send("error", error.toBody());
        run.sse.end();
        run.abort.abort();
      }),
    );
  }
}
