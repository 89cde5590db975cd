import type { RunRequest } from "../../src/core/protocol";
import type { KokiConfigInput } from "../../src/server/config/config-schema";
import { collectRun, startGatewayFor, textOf, type RunningGateway } from "../helpers/gateway";
import { startScriptedBackend, textStream, type RecordedRequest, type Script, type ScriptedBackend } from "../helpers/scripted-backend";

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

async function gateway(config: KokiConfigInput = {}): Promise<RunningGateway> {
  const running = await startGatewayFor(backend, config);
  gateways.push(running);
  return running;
}

const run = (g: RunningGateway, body: RunRequest, signal?: AbortSignal) => collectRun(g.url, body, signal);

const userMessage = (request: RecordedRequest) => request.body.messages.at(-1).content as string;

describe("plain-language loop", () => {
  const LONG =
    "Im Rahmen der von Amts wegen durchzuführenden Überprüfung der Anspruchsvoraussetzungen wurde seitens der hiesigen Behörde festgestellt, dass Ihr Einkommen seit dem 1. Mai 2025 deutlich gestiegen ist und Sie dies nicht mitgeteilt haben.";
  const SHORT = "Wir haben Ihre Unterlagen geprüft.\nIhr Einkommen ist seit dem 1. Mai 2025 gestiegen.\nDas haben Sie uns nicht mitgeteilt.";

  test("a draft that misses the targets gets one revision naming the long sentence; the clerk sees only the revision", async () => {
    const g = await gateway();
    script = (request) =>
      request.body.messages.length === 2 ? textStream([`Sehr geehrter Herr Albrecht,\n${LONG}`]) : textStream(SHORT.split(/(?<=\n)/u), { delayMs: 5 });
    const before = backend.requests.length;
    const events = await run(g, { task: "einfache-sprache", text: "Sehr geehrter Herr Albrecht, … seit dem 1. Mai 2025 …" });
    const requests = backend.requests.slice(before);
    expect(requests).toHaveLength(2);
    const revision = requests[1]!.body.messages;
    expect(revision.map((m: { role: string }) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(revision[2].content).toContain(LONG);
    expect(revision[3].content).toContain(`- ${LONG}`);
    expect(revision[3].content).toMatch(/Kein Satz darf mehr als 25 Wörter haben/);
    expect(events).toContainEqual({ event: "progress", data: { stage: "revising", done: 0, total: 1 } });
    expect(textOf(events)).toBe(SHORT);
    expect(JSON.stringify(events)).not.toContain("Im Rahmen der von Amts wegen");
  });

  test("a draft that meets the targets is sent as it is, without a second request", async () => {
    const g = await gateway();
    script = () => textStream([SHORT]);
    const before = backend.requests.length;
    const events = await run(g, { task: "einfache-sprache", text: "Brief" });
    expect(backend.requests.length - before).toBe(1);
    expect(textOf(events)).toBe(SHORT);
  });

  test("Leichte Sprache has stricter targets, configurable per task", async () => {
    const g = await gateway({ plainLanguage: { maxRevisions: 1, targets: { "leichte-sprache": { averageWords: 4, maxWords: 6 } } } });
    script = (request) =>
      textStream([request.body.messages.length === 2 ? "Sie haben mehr Geld verdient als früher im Jahr." : "Sie verdienen mehr.\nDas ist gut."]);
    const before = backend.requests.length;
    const events = await run(g, { task: "leichte-sprache", text: "Brief" });
    expect(backend.requests.length - before).toBe(2);
    expect(userMessage(backend.requests.at(-1)!)).toMatch(/höchstens 4\. Kein Satz darf mehr als 6 Wörter/);
    expect(textOf(events)).toBe("Sie verdienen mehr.\nDas ist gut.");
  });
});

/** A document of numbered paragraphs, each about `tokens` tokens long. */
function longDocument(paragraphs: number, tokens: number): string {
  return Array.from({ length: paragraphs }, (_, i) =>
    `Absatz ${i + 1}. ${"Die Verwaltung bearbeitet den Antrag. ".repeat(Math.ceil((tokens * 3) / 38))}`.trim(),
  ).join("\n\n");
}

describe("long texts", () => {
  test("a long rewrite is split into chunks that run in parallel and reach the clerk in document order", async () => {
    const g = await gateway({ llm: { contextTokens: 2048, parallelChunks: 3 } });
    let inFlight = 0;
    let maxInFlight = 0;
    script = (request) => {
      const numbers = [...userMessage(request).matchAll(/Absatz (\d+)\./g)].map((m) => Number(m[1]));
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      void request.closed.then(() => (inFlight -= 1));
      // Later chunks answer faster, so order must come from the gateway, not from timing.
      return textStream(
        numbers.map((n, i) => `${i ? " " : ""}[A${n}]`),
        { delayMs: Math.max(5, 60 - numbers[0]! * 2) },
      );
    };
    const text = longDocument(24, 180);
    const before = backend.requests.length;
    const events = await run(g, { task: "buergernah", text });
    const requests = backend.requests.length - before;
    expect(requests).toBeGreaterThan(3);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    const output = textOf(events);
    expect([...output.matchAll(/\[A(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // Chunks join the way the original paragraphs did.
    expect(output).toMatch(/\[A\d+\]\n\n\[A\d+\]/);
    expect(events.at(-1)?.event).toBe("done");
  });

  test("a long summary is map-reduced: parts in parallel, then one streamed summary of the parts", async () => {
    const g = await gateway({ llm: { contextTokens: 2048, parallelChunks: 4 } });
    script = (request) => {
      const user = userMessage(request);
      const part = /Dies ist Teil (\d+) von (\d+)/.exec(user);
      if (part) return textStream([`- Kurzfassung ${part[1]}`], { delayMs: 5 });
      return textStream(["Gesamt: ", `${(user.match(/Kurzfassung/g) ?? []).length} Teile`], { delayMs: 5 });
    };
    const before = backend.requests.length;
    const events = await run(g, { task: "zusammenfassen", text: longDocument(30, 300) });
    const requests = backend.requests.slice(before);
    const parts = requests.filter((r) => /Dies ist Teil/.test(userMessage(r)));
    expect(parts.length).toBeGreaterThan(2);
    expect(requests).toHaveLength(parts.length + 1);
    expect(userMessage(requests.at(-1)!)).toContain("Teil 1:\n- Kurzfassung 1");
    expect(textOf(events)).toBe(`Gesamt: ${parts.length} Teile`);
    const progress = events.filter((e) => e.event === "progress").map((e) => e.data);
    expect(progress[0]).toEqual({ stage: "chunks", done: 0, total: parts.length });
    expect(progress).toContainEqual({ stage: "chunks", done: parts.length, total: parts.length });
    expect(progress.at(-1)).toEqual({ stage: "combining", done: 0, total: 1 });
  });

  test("when one chunk fails, the run ends with an error and the other chunk requests are stopped", async () => {
    const g = await gateway({ llm: { contextTokens: 2048, parallelChunks: 3 } });
    script = (request) => (/Absatz 1\./.test(userMessage(request)) ? { kind: "json", status: 500, body: { error: { message: "x" } } } : { kind: "hang" });
    const before = backend.requests.length;
    const events = await run(g, { task: "buergernah", text: longDocument(24, 180) });
    expect(events.at(-1)).toMatchObject({ event: "error", data: { code: "backend_error" } });
    const others = backend.requests.slice(before).filter((r) => !/Absatz 1\./.test(userMessage(r)));
    await Promise.all(others.map((r) => r.closed));
    expect(others.every((r) => r.abortedByClient)).toBe(true);
  });
});

describe("the shared limit on backend requests", () => {
  test("a run waits in the queue, hears its position, and starts when the slot is free", async () => {
    const g = await gateway({ llm: { maxConcurrent: 1 } });
    script = (request) => (userMessage(request).includes("erste") ? { kind: "hang" } : textStream(["Fertig."]));
    const first = new AbortController();
    const firstRun = run(g, { task: "korrigieren", text: "Die erste Anfrage." }, first.signal).catch(() => []);
    while (!backend.requests.some((r) => userMessage(r).includes("erste"))) await new Promise((r) => setTimeout(r, 10));
    const second = run(g, { task: "korrigieren", text: "Die zweite Anfrage." });
    await new Promise((r) => setTimeout(r, 100));
    first.abort();
    await firstRun;
    const events = await second;
    expect(events[0]).toEqual({ event: "queue", data: { position: 1 } });
    expect(textOf(events)).toBe("Fertig.");
  });
});
