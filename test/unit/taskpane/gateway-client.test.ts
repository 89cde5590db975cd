import { streamRun, fetchAuthInfo, fetchClientConfig } from "../../../src/taskpane/api/gateway-client";
import { ApiError } from "../../../src/taskpane/api/api-error";
import type { RunEvent } from "../../../src/core/protocol";

/** A fetch that answers with these bytes, cut into pieces of `size` bytes. */
function fetchBytes(body: string, size: number, init: ResponseInit = {}): typeof fetch {
  const bytes = new TextEncoder().encode(body);
  return async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
          controller.close();
        },
      }),
      { status: 200, headers: { "content-type": "text/event-stream" }, ...init },
    );
}

async function collect(fetchImpl: typeof fetch): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of streamRun({ task: "einfache-sprache", text: "x" }, { fetch: fetchImpl })) events.push(event);
  return events;
}

const WIRE =
  'event: delta\ndata: {"text":"Grüße aus Köln "}\n\n' +
  ": heartbeat\n\n" +
  'event: queue\ndata: {"position":2}\n\n' +
  'event: heartbeat\ndata: {"at":1}\n\n' +
  'event: delta\r\ndata: {"text":"– 7. November 2025"}\r\n\r\n' +
  'event: done\ndata: {"finishReason":"stop"}\n\n';

describe("streamRun decodes the SSE wire in layers", () => {
  test.each([1, 2, 3, 7, 64, 4096])("chunks of %i bytes (splitting lines and UTF-8 characters) give the same events", async (size) => {
    expect(await collect(fetchBytes(WIRE, size))).toEqual([
      { event: "delta", data: { text: "Grüße aus Köln " } },
      { event: "queue", data: { position: 2 } },
      { event: "delta", data: { text: "– 7. November 2025" } },
      { event: "done", data: { finishReason: "stop" } },
    ]);
  });

  test("a malformed event is an invalid_response error, not a crash", async () => {
    await expect(collect(fetchBytes('event: delta\ndata: {"text": 5}\n\n', 10))).rejects.toMatchObject({ code: "invalid_response" });
  });

  test("JSON errors before the stream become ApiError with code, status and Retry-After", async () => {
    const fetchImpl: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: "text_too_long", message: "Der Text ist zu lang." } }), {
        status: 413,
        headers: { "content-type": "application/json", "retry-after": "30" },
      });
    await expect(collect(fetchImpl)).rejects.toEqual(new ApiError("text_too_long", "Der Text ist zu lang.", 413, 30));
  });

  test("a proxy's HTML error page is an invalid_response", async () => {
    const fetchImpl: typeof fetch = async () => new Response("<html>Bad Gateway</html>", { status: 502 });
    await expect(collect(fetchImpl)).rejects.toMatchObject({ code: "invalid_response", status: 502 });
  });

  test("no network is a network error", async () => {
    const fetchImpl: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(collect(fetchImpl)).rejects.toMatchObject({ code: "network" });
    await expect(fetchClientConfig({ fetch: fetchImpl })).rejects.toMatchObject({ code: "network" });
  });
});

describe("answers that are not the gateway's", () => {
  const answer =
    (body: unknown, status = 200): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const task = {
    id: "t",
    label: { de: "T", en: "T" },
    description: { de: "", en: "" },
    group: "umschreiben",
    hosts: ["word"],
    options: [],
    output: "rewrite",
    allowsInstruction: false,
    draft: false,
    masking: "off",
    layout: { sentencePerParagraph: false },
  };
  const config = {
    tasks: [task],
    limits: { maxInputChars: 20_000, confirmDocumentWords: 3000 },
    privacy: { allowList: [], fileNumberPatterns: [] },
    insert: { defaultMode: "replace" },
    backend: { configured: true, displayName: "m" },
    lexicon: [],
  };

  test("a complete config passes as it is", async () => {
    expect(await fetchClientConfig({ fetch: answer(config) })).toEqual(config);
  });

  test.each([
    ["a login page's JSON", { login: "required" }],
    ["a list", [config]],
    ["no limit", { ...config, limits: { confirmDocumentWords: 3000 } }],
    ["a task without a label", { ...config, tasks: [{ ...task, label: "T" }] }],
    ["an option type this pane does not know", { ...config, tasks: [{ ...task, options: [{ id: "o", label: { de: "O", en: "O" }, type: "date" }] }] }],
    ["a choice without choices", { ...config, tasks: [{ ...task, options: [{ id: "o", label: { de: "O", en: "O" }, type: "choice", default: "a" }] }] }],
  ])("config: %s is an invalid_response", async (_label, body) => {
    await expect(fetchClientConfig({ fetch: answer(body) })).rejects.toMatchObject({ code: "invalid_response" });
  });

  test("sign-in settings: a known mode passes, anything else is an invalid_response", async () => {
    const oidc = { mode: "oidc", client: { clientId: "c", authority: "https://login.example/t", scope: "api://koki/.default" } };
    expect(await fetchAuthInfo({ fetch: answer(oidc) })).toEqual(oidc);
    await expect(fetchAuthInfo({ fetch: answer({ mode: "saml" }) })).rejects.toMatchObject({ code: "invalid_response" });
    await expect(fetchAuthInfo({ fetch: answer({ mode: "oidc", client: { clientId: 1 } }) })).rejects.toMatchObject({ code: "invalid_response" });
  });

  test("an error answer without the gateway's shape keeps the HTTP status", async () => {
    await expect(fetchClientConfig({ fetch: answer({ error: "Bad Gateway" }, 502) })).rejects.toMatchObject({ code: "invalid_response", status: 502 });
  });
});
