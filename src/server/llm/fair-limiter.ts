interface Waiter {
  grant(release: () => void): void;
  onPosition?: (position: number) => void;
  lastPosition?: number;
}

/**
 * A global cap on concurrent backend requests with fair queueing: waiting
 * users are served round-robin, one request each per round, so one clerk's
 * 200-page summary cannot starve everyone else. Waiters hear their position.
 */
export class FairLimiter {
  private active = 0;
  /** Users with waiters, in serving order; each with their own FIFO. */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(readonly capacity: number) {}

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  /** Resolves with a release function once a slot is free. Rejects if `signal` aborts while waiting. */
  acquire(user: string, signal?: AbortSignal, onPosition?: (position: number) => void): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.active < this.capacity && this.queues.size === 0) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(release);
        },
        onPosition,
      };
      const onAbort = () => {
        const queue = this.queues.get(user);
        const index = queue?.indexOf(waiter) ?? -1;
        if (queue && index >= 0) queue.splice(index, 1);
        if (queue?.length === 0) this.queues.delete(user);
        this.announce();
        reject(signal!.reason as Error);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const queue = this.queues.get(user);
      if (queue) queue.push(waiter);
      else this.queues.set(user, [waiter]);
      this.announce();
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.dispatch();
    };
  }

  private dispatch(): void {
    while (this.active < this.capacity && this.queues.size > 0) {
      const [user, queue] = this.queues.entries().next().value as [string, Waiter[]];
      const waiter = queue.shift()!;
      // The user goes to the back of the line, or leaves it when served out.
      this.queues.delete(user);
      if (queue.length > 0) this.queues.set(user, queue);
      this.active += 1;
      waiter.grant(this.releaser());
    }
    this.announce();
  }

  /**
   * Tells each waiter its place under round-robin: the k-th waiter of a user
   * is served in round k, after the users ahead of it in that round.
   */
  private announce(): void {
    const users = [...this.queues.values()];
    users.forEach((queue, userIndex) => {
      queue.forEach((waiter, k) => {
        let before = k;
        users.forEach((other, otherIndex) => {
          if (otherIndex !== userIndex) before += Math.min(other.length, otherIndex < userIndex ? k + 1 : k);
        });
        const position = before + 1;
        if (position !== waiter.lastPosition) {
          waiter.lastPosition = position;
          waiter.onPosition?.(position);
        }
      });
    });
  }
}
