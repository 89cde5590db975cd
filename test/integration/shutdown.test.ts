import type { RunEvent } from "../../src/core/protocol";
import { streamRun } from "../../src/taskpane/api/gateway-client";
import { requireBuild, startKoki, type KokiProcess } from "../helpers/koki-process";
import { SCRIPTED_MODEL, startScriptedBackend, textStream, type ScriptedBackend } from "../helpers/scripted-backend";

let backend: ScriptedBackend;

beforeAll(async () => {
  requireBuild();
  // Each stream takes about 2 s: 40 pieces, one every 50 ms.
  backend = await startScriptedBackend(() =>
    textStream(
      Array.from({ length: 40 }, (_, i) => ` Teil ${i}.`),
      { delayMs: 50 },
    ),
  );
});

afterAll(() => backend.close());

function serve(graceMs: number): Promise<KokiProcess> {
  return startKoki({
    KOKI_TLS: "off",
    KOKI_PORT: "0",
    KOKI_LLM_BASE_URL: backend.url,
    KOKI_LLM_MODEL: SCRIPTED_MODEL,
    KOKI_LLM_MAX_CONCURRENT: "64",
    KOKI_SHUTDOWN_GRACE_MS: String(graceMs),
  });
}

async function collect(url: string, events: RunEvent[]): Promise<void> {
  try {
    for await (const event of streamRun({ task: "buergernah", text: "Ein Brief." }, { baseUrl: url })) events.push(event);
  } catch {
    events.push({ event: "error", data: { code: "connection_lost", message: "" } });
  }
}

describe("graceful shutdown", () => {
  test("SIGTERM during 50 active streams: each ends with done or a clear error, and the process exits 0", async () => {
    const { child, url, exited } = await serve(400);
    const runs = Array.from({ length: 50 }, () => [] as RunEvent[]);
    const finished = Promise.all(runs.map((events) => collect(url, events)));
    // Wait until every stream has text.
    while (!runs.every((events) => events.some((e) => e.event === "delta"))) await new Promise((r) => setTimeout(r, 20));
    const signalled = Date.now();
    child.kill("SIGTERM");
    await finished;
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(3000);
    for (const events of runs) {
      const last = events.at(-1)!;
      expect(last.event === "done" || (last.event === "error" && (last.data as { code: string }).code === "server_shutdown")).toBe(true);
    }
    expect(runs.filter((events) => events.at(-1)!.event === "error").length).toBeGreaterThan(0);
    // The backend requests of ended streams were stopped too.
    await Promise.all(backend.requests.slice(-50).map((r) => r.closed));
  });

  test("streams that finish within the grace period complete normally", async () => {
    const { child, url, exited } = await serve(5000);
    const runs = Array.from({ length: 5 }, () => [] as RunEvent[]);
    const finished = Promise.all(runs.map((events) => collect(url, events)));
    while (!runs.every((events) => events.some((e) => e.event === "delta"))) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    await finished;
    expect(await exited).toBe(0);
    for (const events of runs) expect(events.at(-1)?.event).toBe("done");
  });
});
