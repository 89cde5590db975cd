import { Writable } from "node:stream";
import { buildApp } from "../../src/server/app";
import { configSchema } from "../../src/server/config/config-schema";
import type { AddressInfo } from "node:net";
import { SCRIPTED_MODEL, chunk, startScriptedBackend, textStream, type Script, type ScriptedBackend } from "../helpers/scripted-backend";
import { CONTENT_SECURITY_POLICY } from "../../src/server/http/security-headers";

const CANARY = "KANARIENVOGEL-4711-Albrecht";

describe("no document content in logs", () => {
  let backend: ScriptedBackend;
  let script: Script;
  const lines: string[] = [];
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    backend = await startScriptedBackend(() => script);
    const config = configSchema.parse({
      server: { host: "127.0.0.1", port: 0, tls: { enabled: false } },
      llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, apiKey: "sk-secret-key", retries: 0, idleTimeoutMs: 300 },
      limits: { maxInputChars: 5000 },
    });
    // Every log line the gateway writes, at the most verbose level.
    const sink = new Writable({
      write(chunkData, _encoding, callback) {
        lines.push(chunkData.toString());
        callback();
      },
    });
    const app = await buildApp({ config, logger: { level: "trace", stream: sink } as never });
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
  });

  afterAll(async () => {
    await close();
    await backend.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/runs`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${CANARY}`, ...headers }, body }).then(
      (r) => r.text(),
    );

  test("a canary sent through every route and failure path appears in no log line", async () => {
    const text = `Sehr geehrter Herr ${CANARY}, bitte zahlen Sie.`;
    const runs: [string, Script][] = [
      ["ok", textStream([`Antwort an ${CANARY}.`])],
      ["500", { kind: "json", status: 500, body: { error: { message: CANARY } } }],
      ["429", { kind: "json", status: 429, body: { error: { message: CANARY } }, headers: { "retry-after": "60" } }],
      ["broken", { ...(textStream([CANARY, CANARY]) as Extract<Script, { kind: "stream" }>), breakAfter: 2 }],
      ["error in stream", { kind: "stream", chunks: [chunk({ content: CANARY }), { error: { message: CANARY } }] }],
      ["silent", { kind: "stream", chunks: [chunk({ content: CANARY })], holdOpen: true }],
    ];
    for (const [, answer] of runs) {
      script = answer;
      await post(JSON.stringify({ task: "buergernah", text }));
    }
    await post(JSON.stringify({ task: CANARY, text }));
    await post(JSON.stringify({ task: "buergernah", text: `${CANARY}`.repeat(400) }));
    await post(`{"task": "buergernah", "text": "${CANARY}`);
    await post(JSON.stringify({ task: "uebersetzen", text, options: { targetLanguage: CANARY } }));
    await post(JSON.stringify({ task: "buergernah", text, instruction: CANARY }));
    await fetch(`${url}/api/${CANARY}?q=${CANARY}`.replace(`?q=${CANARY}`, ""));
    await fetch(`${url}/api/config`, { headers: { authorization: `Bearer ${CANARY}` } });
    expect(lines.length).toBeGreaterThan(20);
    const leaking = lines.filter((line) => line.includes(CANARY) || line.includes("sk-secret-key"));
    // The one place a canary may appear is a URL path the client chose itself, which is not content.
    expect(leaking.filter((line) => !line.includes(`"url":"/api/${CANARY}"`))).toEqual([]);
  });
});

describe("security headers", () => {
  test("the pane gets a CSP that allows only Office.js from outside; the API gets no-store", async () => {
    const backend = await startScriptedBackend(() => textStream(["x"]));
    const config = configSchema.parse({ server: { host: "127.0.0.1", port: 0, tls: { enabled: false } } });
    const app = await buildApp({ config });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/taskpane.html`);
      // The page's own policy adds only the hash of its inline script (pane-serving.test.ts).
      expect(page.headers.get("content-security-policy")).toMatch(
        /^default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'wasm-unsafe-eval' 'sha256-[\w+/]+=*';/u,
      );
      expect(page.headers.get("content-security-policy")!.replace(/ 'sha256-[\w+/]+=*'/u, "")).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY.match(/https:\/\/[^\s;]+/g)).toEqual(["https://appsforoffice.microsoft.com"]);
      expect(page.headers.get("x-content-type-options")).toBe("nosniff");
      const api = await fetch(`${base}/api/health`);
      expect(api.headers.get("cache-control")).toBe("no-store");
      expect((await fetch(`${base}/api/config`)).headers.get("cache-control")).toBe("no-store");
    } finally {
      await app.close();
      await backend.close();
    }
  });
});
