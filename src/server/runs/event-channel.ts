/**
 * A push/pull queue: producers push events, one consumer iterates them in
 * order. Producers that await `ready()` pause while more than `highWater`
 * items wait, so a slow client slows the backend read instead of filling memory.
 */
export class EventChannel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private wake?: () => void;
  private readonly waitingProducers: (() => void)[] = [];
  private closed = false;
  private failure?: { error: unknown };

  constructor(private readonly highWater = 32) {}

  /** Resolves at once while the consumer keeps up; otherwise once it has caught up. */
  ready(): Promise<void> {
    if (this.items.length < this.highWater || this.closed || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waitingProducers.push(resolve));
  }

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  fail(error: unknown): void {
    this.failure = { error };
    this.wake?.();
    this.releaseProducers();
  }

  private releaseProducers(): void {
    for (const resolve of this.waitingProducers.splice(0)) resolve();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        if (this.items.length < this.highWater / 2) this.releaseProducers();
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
