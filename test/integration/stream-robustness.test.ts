import { collectRun, startGateway, startGatewayFor, textOf, type RunningGateway } from "../helpers/gateway";
import { chunk, startScriptedBackend, textStream, type RecordedRequest, type Script, type ScriptedBackend } from "../helpers/scripted-backend";

let backend: ScriptedBackend;
let script: (request: RecordedRequest, index: number) => Script;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  backend = await startScriptedBackend((request, index) => script(request, index));
});

afterAll(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  await backend.close();
});

async function gateway(llm: Record<string, unknown> = {}, server: Record<string, unknown> = {}): Promise<RunningGateway> {
  const g = await startGatewayFor(backend, { llm, server });
  gateways.push(g);
  return g;
}

const run = (g: RunningGateway, task = "buergernah") => collectRun(g.url, { task, text: "Ein Brief." });

describe("real-world backend stream quirks", () => {
  test("a role-only first chunk, empty choices (content filter) and usage in a final chunk", async () => {
    const g = await gateway();
    script = () => ({
      kind: "stream",
      chunks: [
        chunk({ role: "assistant" }),
        { ...chunk({}), choices: [], prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }] },
        chunk({ content: "Guten Tag." }),
        chunk({}, "stop"),
        { ...chunk({}), choices: [], usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 } },
      ],
    });
    const events = await run(g);
    expect(textOf(events)).toBe("Guten Tag.");
    expect(events.at(-1)).toMatchObject({ event: "done", data: { finishReason: "stop", usage: { promptTokens: 5, completionTokens: 3, totalTokens: 8 } } });
  });

  test("finish_reason length is reported as truncated", async () => {
    const g = await gateway();
    script = () => textStream(["Der Text bricht ab"], { finishReason: "length" });
    expect((await run(g)).at(-1)).toMatchObject({ event: "done", data: { finishReason: "length" } });
  });

  test("a missing [DONE] still ends the run properly", async () => {
    const g = await gateway();
    script = () => ({ ...(textStream(["Ohne Ende."]) as Extract<Script, { kind: "stream" }>), done: false });
    const events = await run(g);
    expect(textOf(events)).toBe("Ohne Ende.");
    expect(events.at(-1)?.event).toBe("done");
  });

  test("reasoning fields are not content", async () => {
    const g = await gateway();
    script = () => ({
      kind: "stream",
      chunks: [
        chunk({ role: "assistant", reasoning_content: "Ich denke nach …" }),
        chunk({ reasoning: "geheim" }),
        chunk({ content: "Antwort." }),
        chunk({}, "stop"),
      ],
    });
    const events = await run(g);
    expect(textOf(events)).toBe("Antwort.");
    expect(JSON.stringify(events)).not.toMatch(/denke|geheim/);
  });
});

describe("retries only before the first byte", () => {
  test("503 and 502 are retried, and the run succeeds", async () => {
    const g = await gateway({ retries: 2 });
    const before = backend.requests.length;
    script = (_r, index) =>
      index - before === 0
        ? { kind: "json", status: 503, body: {} }
        : index - before === 1
          ? { kind: "json", status: 502, body: {} }
          : textStream(["Geklappt."]);
    const events = await run(g);
    expect(textOf(events)).toBe("Geklappt.");
    expect(backend.requests.length - before).toBe(3);
  });

  test("429 is retried after its Retry-After when that is short", async () => {
    const g = await gateway({ retries: 1 });
    const before = backend.requests.length;
    script = (_r, index) => (index === before ? { kind: "json", status: 429, body: {}, headers: { "retry-after": "0.3" } } : textStream(["Später."]));
    const started = Date.now();
    const events = await run(g);
    expect(textOf(events)).toBe("Später.");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  test("bounded: after the last attempt the clerk gets a clear error", async () => {
    const g = await gateway({ retries: 2 });
    const before = backend.requests.length;
    script = () => ({ kind: "json", status: 503, body: {} });
    const events = await run(g);
    expect(events.at(-1)).toMatchObject({ event: "error", data: { code: "backend_error" } });
    expect(backend.requests.length - before).toBe(3);
  });

  test("a stream that breaks after text has reached the user is never retried", async () => {
    const g = await gateway({ retries: 2 });
    const before = backend.requests.length;
    script = () => ({ ...(textStream(["Erster Teil.", " Zweiter."]) as Extract<Script, { kind: "stream" }>), breakAfter: 2 });
    const events = await run(g);
    expect(textOf(events)).toBe("Erster Teil.");
    expect(events.at(-1)).toMatchObject({ event: "error", data: { code: "stream_interrupted" } });
    expect(backend.requests.length - before).toBe(1);
  });
});

describe("timeouts and heartbeats", () => {
  test("a backend that goes silent between chunks ends the run with a clear error and keeps the text", async () => {
    const g = await gateway({ idleTimeoutMs: 300 });
    script = () => ({ kind: "stream", chunks: [chunk({ content: "Bis hier." })], holdOpen: true });
    const events = await run(g);
    expect(textOf(events)).toBe("Bis hier.");
    expect(events.at(-1)).toMatchObject({ event: "error", data: { code: "backend_timeout", message: expect.stringMatching(/zu lange nichts/) } });
    const request = backend.requests.at(-1)!;
    await request.closed;
    expect(request.abortedByClient).toBe(true);
  });

  test("a quiet stream gets heartbeat comments", async () => {
    const g = await gateway({}, { heartbeatMs: 100 });
    script = () => ({ ...textStream(["Spät."]), firstDelayMs: 450 });
    const response = await fetch(`${g.url}/api/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ task: "buergernah", text: "x" }),
    });
    const raw = await response.text();
    expect(raw.match(/^: heartbeat$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(raw).toContain('event: delta\ndata: {"text":"Spät."}');
  });
});

describe("GET /api/ready", () => {
  test("ready when the backend answers, not ready without one", async () => {
    const g = await gateway();
    expect(await (await fetch(`${g.url}/api/ready`)).json()).toEqual({ status: "ready" });
    const bare = await startGateway({});
    gateways.push(bare);
    const response = await fetch(`${bare.url}/api/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not_ready", reason: "backend_not_configured" });
  });

  test("not ready when the backend is unreachable", async () => {
    const gone = await startScriptedBackend(() => textStream(["x"]));
    await gone.close();
    const g = await startGatewayFor(gone);
    gateways.push(g);
    const response = await fetch(`${g.url}/api/ready`);
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toBe("backend_unreachable");
  });
});
