import { FairLimiter } from "../../../src/server/llm/fair-limiter";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("FairLimiter", () => {
  test("runs up to its capacity at once", async () => {
    const limiter = new FairLimiter(2);
    const a = await limiter.acquire("anna");
    await limiter.acquire("anna");
    let third = false;
    void limiter.acquire("anna").then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    expect(limiter.running).toBe(2);
    a();
    await tick();
    expect(third).toBe(true);
  });

  test("serves waiting users round-robin, so one user's many requests cannot starve another", async () => {
    const limiter = new FairLimiter(1);
    const first = await limiter.acquire("bulk");
    const order: string[] = [];
    const releases: Promise<void>[] = [];
    const request = (user: string, label: string) =>
      releases.push(
        limiter.acquire(user).then((release) => {
          order.push(label);
          release();
        }),
      );
    for (let i = 0; i < 5; i++) request("bulk", `bulk${i}`);
    request("clerk", "clerk");
    first();
    await Promise.all(releases);
    expect(order).toEqual(["bulk0", "clerk", "bulk1", "bulk2", "bulk3", "bulk4"]);
  });

  test("tells waiters their position and updates it", async () => {
    const limiter = new FairLimiter(1);
    const first = await limiter.acquire("a");
    const positions: Record<string, number[]> = { b1: [], b2: [], c: [] };
    const b1 = limiter.acquire("b", undefined, (p) => positions.b1!.push(p));
    const b2 = limiter.acquire("b", undefined, (p) => positions.b2!.push(p));
    const c = limiter.acquire("c", undefined, (p) => positions.c!.push(p));
    // Round-robin: b1, then c, then b2.
    expect(positions).toEqual({ b1: [1], b2: [2, 3], c: [2] });
    first();
    (await b1)();
    (await c)();
    (await b2)();
    expect(positions).toEqual({ b1: [1], b2: [2, 3, 2, 1], c: [2, 1] });
  });

  test("a waiter that gives up leaves the queue", async () => {
    const limiter = new FairLimiter(1);
    const first = await limiter.acquire("a");
    const abort = new AbortController();
    const gaveUp = limiter.acquire("b", abort.signal);
    const later: number[] = [];
    const next = limiter.acquire("c", undefined, (p) => later.push(p));
    abort.abort(new Error("cancelled"));
    await expect(gaveUp).rejects.toThrow("cancelled");
    expect(limiter.waiting).toBe(1);
    expect(later).toEqual([2, 1]);
    first();
    (await next)();
    expect(limiter.running).toBe(0);
  });
});
