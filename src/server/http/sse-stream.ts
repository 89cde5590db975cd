import type { ServerResponse } from "node:http";

/** Headers for a stream that proxies must neither buffer nor compress. */
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
  connection: "keep-alive",
} as const;

/**
 * Writes Server-Sent Events to a raw response. Waits for "drain" when the
 * client reads slowly, so a slow reader never makes the gateway buffer.
 */
export class SseStream {
  private lastWrite = Date.now();
  private heartbeat?: ReturnType<typeof setInterval>;

  constructor(private readonly res: ServerResponse) {}

  /** Sends a comment line whenever the stream has been quiet for `ms` (queue, slow backend), so proxies keep it open. */
  keepAlive(ms: number): void {
    this.heartbeat = setInterval(
      () => {
        if (Date.now() - this.lastWrite >= ms) void this.comment("heartbeat");
      },
      Math.max(50, Math.floor(ms / 2)),
    );
    this.heartbeat.unref();
    this.res.once("close", () => clearInterval(this.heartbeat));
  }

  /** Sends the status line and headers at once, before any event exists. */
  open(extraHeaders: Record<string, string | number | string[]> = {}): void {
    this.res.writeHead(200, { ...extraHeaders, ...SSE_HEADERS });
    this.res.flushHeaders();
  }

  get closed(): boolean {
    return this.res.destroyed || this.res.writableEnded;
  }

  async send(event: string, data: unknown): Promise<void> {
    await this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  async comment(text: string): Promise<void> {
    await this.write(`: ${text}\n\n`);
  }

  end(): void {
    clearInterval(this.heartbeat);
    if (!this.closed) this.res.end();
  }

  private async write(chunk: string): Promise<void> {
    if (this.closed) return;
    this.lastWrite = Date.now();
    if (!this.res.write(chunk)) await drainOrClose(this.res);
  }
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
