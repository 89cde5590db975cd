import { streamRun, fetchClientConfig } from "../../../src/taskpane/api/gateway-client";
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
