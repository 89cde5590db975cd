// A scripted OpenAI-compatible backend for the load benchmark, in its own
// process: every stream sends CHUNKS chunks, one every CHUNK_MS, and each
// chunk's text is its send time (epoch ms), so the reader can compute each
// chunk's latency on the same clock. Prints "PORT <n>" when ready.
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";

const CHUNKS = Number(process.env.CHUNKS ?? 20);
const CHUNK_MS = Number(process.env.CHUNK_MS ?? 50);
const now = () => performance.timeOrigin + performance.now();

const server = createServer((request, response) => {
  if (request.method === "GET") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ object: "list", data: [{ id: "bench-model", object: "model" }] }));
    return;
  }
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const base = { id: "bench", object: "chat.completion.chunk", created: 0, model: "bench-model" };
    const send = (delta, finish = null) => response.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    send({ role: "assistant", content: "" });
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer);
      send({ content: `⟨${now().toFixed(3)}⟩ ` });
      sent += 1;
      if (sent === CHUNKS) {
        clearInterval(timer);
        send({}, "stop");
        response.end("data: [DONE]\n\n");
      }
    }, CHUNK_MS);
    response.on("close", () => clearInterval(timer));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`PORT ${server.address().port}`));
