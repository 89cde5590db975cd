import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { startGateway, type RunningGateway } from "../helpers/gateway";
import { SCRIPTED_MODEL } from "../helpers/scripted-backend";

let CHUNKS = 20_000;
const PIECE = "Wohngeld ".repeat(120); // about 1 KB per chunk

/** A backend that writes as fast as its client lets it, and counts how far it got. */
function fastBackend(): Promise<{ server: Server; url: string; written: () => number; closedAt: () => number | undefined }> {
  let written = 0;
  let closedAt: number | undefined;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", async () => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.on("close", () => (closedAt = performance.now()));
      for (let i = 0; i < CHUNKS && !response.destroyed; i++) {
        const chunk = `data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: SCRIPTED_MODEL, choices: [{ index: 0, delta: { content: `${i}:${PIECE}\n` }, finish_reason: null }] })}\n\n`;
        if (!response.write(chunk)) await new Promise((resolve) => response.once("drain", resolve));
        written += 1;
      }
      response.end(
        'data: {"id":"x","object":"chat.completion.chunk","created":0,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, written: () => written, closedAt: () => closedAt }),
    ),
  );
}

describe("slow and vanishing clients", () => {
  let backend: Awaited<ReturnType<typeof fastBackend>>;
  let gateway: RunningGateway;

  beforeEach(async () => {
    backend = await fastBackend();
    gateway = await startGateway({ llm: { baseUrl: backend.url, model: SCRIPTED_MODEL, idleTimeoutMs: 30_000 } });
  });

  afterEach(async () => {
    await gateway.close();
    await new Promise((resolve) => backend.server.close(resolve));
  });

  function openRawRun() {
    const { port } = new URL(gateway.url);
    const socket = connect(Number(port), "127.0.0.1");
    const body = JSON.stringify({ task: "buergernah", text: "Bitte antworten Sie.", host: "word" });
    socket.write(
      `POST /api/runs HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    return socket;
  }

  test("a client that does not read holds the backend back (backpressure)", async () => {
    CHUNKS = 20_000;
    const socket = openRawRun();
    socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const duringPause = backend.written();
    // Socket buffers on loopback hold a few MB at most; without backpressure all 20 MB would have gone.
    expect(duringPause).toBeGreaterThan(0);
    expect(duringPause).toBeLessThan(CHUNKS / 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Still paused: the backend has not moved on.
    expect(backend.written() - duringPause).toBeLessThan(200);
    socket.destroy();
  });

  test("a slow reader still gets every chunk, in order and intact", async () => {
    CHUNKS = 1_500;
    const socket = openRawRun();
    socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const received: Buffer[] = [];
    // SSE keeps the connection alive: the response ends with the last chunk of the chunked body.
    const ended = new Promise<void>((resolve) =>
      socket.on("data", (data: Buffer) => {
        received.push(data);
        if (data.toString("latin1").endsWith("\r\n0\r\n\r\n")) resolve();
      }),
    );
    socket.resume();
    await ended;
    socket.destroy();
    const text = Buffer.concat(received).toString("utf8");
    expect(text).toContain("event: done");
    const numbers = [...text.matchAll(/(\d+):Wohngeld/gu)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: CHUNKS }, (_, i) => i));
  }, 30_000);

  test("a client that disconnects stops the backend request within 100 ms", async () => {
    const socket = openRawRun();
    await new Promise((resolve) => socket.once("data", resolve));
    socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const gone = performance.now();
    socket.destroy();
    for (let i = 0; i < 100 && backend.closedAt() === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(backend.closedAt()).toBeDefined();
    expect(backend.closedAt()! - gone).toBeLessThan(100);
  });
});
