import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "../helpers/gateway";
import { SCRIPTED_MODEL, startScriptedBackend, textStream, type ScriptedBackend } from "../helpers/scripted-backend";

const CANARY = "KANARIENVOGEL-7731 Frau Zimmermann, Lindenweg 12";
const USERS = { anna: "token-anna-0123456789abcdef", ben: "token-ben-0123456789abcdef" } as const;
const tokens = Object.entries(USERS).map(([name, token]) => ({ name, sha256: createHash("sha256").update(token).digest("hex") }));

function post(gateway: RunningGateway, user: keyof typeof USERS, text: string, extra: Record<string, string> = {}) {
  return fetch(`${gateway.url}/api/runs`, {
    method: "POST",
    headers: { authorization: `Bearer ${USERS[user]}`, "content-type": "application/json", ...extra },
    body: JSON.stringify({ task: "buergernah", text, host: "word" }),
  });
}

describe("per-user limits, usage records and metrics", () => {
  let backend: ScriptedBackend;
  let gateway: RunningGateway;
  const usageFile = join(mkdtempSync(join(tmpdir(), "koki-usage-")), "usage.jsonl");

  beforeAll(async () => {
    backend = await startScriptedBackend(() => ({
      ...textStream(["Gut."]),
      chunks: [{ choices: [{ index: 0, delta: { content: "Gut." } }] }, { choices: [], usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 } }],
    }));
    gateway = await startGateway({
      llm: { baseUrl: backend.url, model: SCRIPTED_MODEL },
      auth: { mode: "tokens", tokens },
      limits: { requestsPerMinute: 3, charsPerDay: 2_000 },
      usage: { file: usageFile, perUser: true, pseudonymKey: "a-long-secret-for-the-test" },
      server: { corsOrigins: ["https://addin.stadt.example"] },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await backend?.close();
  });

  test("a fourth run within a minute gets 429 with Retry-After; another user is not affected", async () => {
    for (let i = 0; i < 3; i += 1) expect((await post(gateway, "anna", `Text ${i}.`)).status).toBe(200);
    const refused = await post(gateway, "anna", "Noch ein Text.");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toEqual({
      code: "rate_limited",
      message: "Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte warten Sie kurz.",
    });
    expect((await post(gateway, "ben", "Ein Text.")).status).toBe(200);
  });

  test("input characters per day: over the quota is 429 with the time until midnight", async () => {
    expect((await post(gateway, "ben", "x".repeat(1_500))).status).toBe(200);
    const refused = await post(gateway, "ben", "y".repeat(600));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe("quota_exceeded");
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(86_400);
  });

  test("usage records: pseudonym, task, model, tokens, timings, outcome, and no content", async () => {
    // Run 1 of ben carries the canary; the records must not.
    await gateway.close();
    gateway = await startGateway({
      llm: { baseUrl: backend.url, model: SCRIPTED_MODEL },
      auth: { mode: "tokens", tokens },
      usage: { file: usageFile, perUser: true, pseudonymKey: "a-long-secret-for-the-test" },
      server: { corsOrigins: ["https://addin.stadt.example"] },
    });
    const response = await post(gateway, "anna", CANARY);
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const raw = readFileSync(usageFile, "utf8");
    expect(raw).not.toContain("KANARIENVOGEL");
    expect(raw).not.toContain("Zimmermann");
    const records = raw
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const last = records.at(-1);
    expect(last).toEqual({
      ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/u),
      user: expect.stringMatching(/^[0-9a-f]{16}$/u),
      task: "buergernah",
      model: SCRIPTED_MODEL,
      outcome: "ok",
      inputChars: CANARY.length,
      inputTokens: 42,
      outputTokens: 7,
      queueMs: expect.any(Number),
      durationMs: expect.any(Number),
    });
    // The same user gets the same pseudonym; it is not the token's name.
    const annas = records.filter((record) => record.user === last.user);
    expect(annas.length).toBeGreaterThan(1);
    expect(raw).not.toContain('"anna"');
  });

  test("usage without per-user ids has no user field at all", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "koki-usage-")), "usage.jsonl");
    const anonymous = await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL }, usage: { file } });
    try {
      await (
        await fetch(`${anonymous.url}/api/runs`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ task: "buergernah", text: "Hallo." }),
        })
      ).text();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const record = JSON.parse(readFileSync(file, "utf8").trim());
      expect(record.user).toBeUndefined();
      expect(record.task).toBe("buergernah");
    } finally {
      await anonymous.close();
    }
  });

  test("GET /metrics: runs, outcomes, durations, queue, backend latency and first text, in Prometheus format", async () => {
    const response = await fetch(`${gateway.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/u);
    const text = await response.text();
    expect(text).toMatch(/koki_runs_total\{task="buergernah",outcome="ok"\} [1-9]/u);
    for (const name of [
      "koki_run_duration_seconds_bucket",
      "koki_time_to_first_text_seconds_bucket",
      "koki_queue_length",
      "koki_backend_active",
      "koki_queue_wait_seconds_bucket",
      "koki_backend_first_token_seconds_bucket",
      "koki_backend_request_duration_seconds_bucket",
      "koki_process_resident_memory_bytes",
      "koki_http_requests_total",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain("KANARIENVOGEL");
    expect(text).not.toMatch(/anna|ben/u);
  });

  test("CORS only for the configured add-in origin", async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/api/runs`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
      });
    const allowed = await preflight("https://addin.stadt.example");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://addin.stadt.example");
    const other = await preflight("https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("fairness under load", () => {
  test("1,000 requests from one user do not keep another user's single request waiting", async () => {
    const backend = await startScriptedBackend(() => textStream(["Gut."], { delayMs: 5 }));
    const gateway = await startGateway({
      llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, maxConcurrent: 4 },
      auth: { mode: "tokens", tokens },
      limits: { requestsPerMinute: 5_000 },
      server: { heartbeatMs: 60_000 },
    });
    try {
      let annaDone = 0;
      const flood = Array.from({ length: 1_000 }, (_, i) =>
        post(gateway, "anna", `Antrag ${i}.`).then(async (response) => {
          await response.text();
          annaDone += 1;
          return response.status;
        }),
      );
      // Let anna's whole flood reach the gateway's queue first.
      while (gateway.app.runs.size + annaDone < 1_000) await new Promise((resolve) => setTimeout(resolve, 5));
      const annaDoneBeforeBen = annaDone;
      const started = Date.now();
      const ben = await post(gateway, "ben", "Eine einzige Frage.");
      const body = await ben.text();
      const benMs = Date.now() - started;
      const annaDoneWhenBenFinished = annaDone;
      const statuses = await Promise.all(flood);
      expect(body).toContain("event: done");
      // Round-robin: ben waits at most about one round of anna's requests, not for her thousand.
      const position = /event: queue\ndata: \{"position":(\d+)\}/u.exec(body);
      if (position) expect(Number(position[1])).toBeLessThanOrEqual(4);
      // Of anna's ~900 waiting requests, only about one round finished before ben's.
      expect(annaDoneWhenBenFinished - annaDoneBeforeBen).toBeLessThanOrEqual(12);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(benMs).toBeLessThan(2_000);
    } finally {
      await gateway.close();
      await backend.close();
    }
  }, 60_000);
});

describe("mandatory masking", () => {
  test("the gateway refuses text that still carries an IBAN, e-mail, phone or tax ID, and accepts the masked text", async () => {
    const backend = await startScriptedBackend(() => textStream(["Gut."]));
    const gateway = await startGateway({
      llm: { baseUrl: backend.url, model: SCRIPTED_MODEL },
      privacy: { masking: "off", tasks: { buergernah: "mandatory" }, allowList: ["02131 928-0"] },
    });
    const send = (text: string, task = "buergernah") =>
      fetch(`${gateway.url}/api/runs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ task, text }) });
    try {
      for (const leak of ["IBAN DE89 3704 0044 0532 0130 00", "an j.albrecht@example.org", "unter 0157 22334455", "Steuer-ID 86095742719"]) {
        const response = await send(`Bitte zahlen Sie. ${leak}.`);
        expect(response.status).toBe(422);
        expect((await response.json()).error.code).toBe("unmasked_personal_data");
      }
      expect(backend.requests).toHaveLength(0);
      // Placeholders and the office's own allowed number pass; tasks without mandatory masking are not checked.
      expect((await send("Bitte zahlen Sie auf [IBAN_1]. Fragen: 02131 928-0.")).status).toBe(200);
      expect((await send("IBAN DE89 3704 0044 0532 0130 00", "einfache-sprache")).status).toBe(200);
      const config = await (await fetch(`${gateway.url}/api/config`)).json();
      expect(config.tasks.find((task: { id: string }) => task.id === "buergernah").masking).toBe("mandatory");
      expect(config.privacy).toEqual({ allowList: ["02131 928-0"], fileNumberPatterns: [] });
    } finally {
      await gateway.close();
      await backend.close();
    }
  });
});
