import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One answer of the scripted backend. */
export type Script =
  | { kind: "json"; status: number; body: unknown; headers?: Record<string, string> }
  | {
      kind: "stream";
      /** Objects are sent as `data: JSON`, strings as raw SSE lines. */
      chunks: (object | string)[];
      delayMs?: number;
      /** Wait before the first chunk (time to first token). */
      firstDelayMs?: number;
      /** Destroy the socket after this many chunks (a stream that breaks). */
      breakAfter?: number;
      /** Send `data: [DONE]` at the end (default true). */
      done?: boolean;
      /** Keep the connection open after the last chunk (a backend that goes silent). */
      holdOpen?: boolean;
    }
  | { kind: "hang" };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  body: any;
  /** True once the client closed the connection before the answer ended. */
  abortedByClient: boolean;
  /** Resolves when the connection closes, for whatever reason. */
  closed: Promise<void>;
}

export interface ScriptedBackend {
  /** Base URL as an OpenAI client expects it (ending in /v1). */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const MODEL = "scripted-model";

export function chunk(delta: Record<string, unknown>, finishReason: string | null = null, extra: object = {}): object {
  return {
    id: "chatcmpl-scripted",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
    ...extra,
  };
}

/** A normal stream: role chunk, one chunk per piece, finish, usage. */
export function textStream(pieces: string[], options: { delayMs?: number; finishReason?: string } = {}): Script {
  return {
    kind: "stream",
    delayMs: options.delayMs,
    chunks: [
      chunk({ role: "assistant", content: "" }),
      ...pieces.map((piece) => chunk({ content: piece })),
      chunk({}, options.finishReason ?? "stop"),
      { ...chunk({}), choices: [], usage: { prompt_tokens: 11, completion_tokens: pieces.length, total_tokens: 11 + pieces.length } },
    ],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<any> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString("utf8");
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

async function answer(script: Script, res: ServerResponse, isClosed: () => boolean): Promise<void> {
  if (script.kind === "hang") return;
  if (script.kind === "json") {
    res.writeHead(script.status, { "content-type": "application/json", ...script.headers });
    res.end(JSON.stringify(script.body));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  if (script.firstDelayMs) await sleep(script.firstDelayMs);
  for (const [index, item] of script.chunks.entries()) {
    if (script.breakAfter !== undefined && index >= script.breakAfter) {
      await sleep(50); // let what was written reach the client first
      res.socket?.destroy();
      return;
    }
    if (script.delayMs) await sleep(script.delayMs);
    if (isClosed()) return;
    res.write(typeof item === "string" ? `${item}\n\n` : `data: ${JSON.stringify(item)}\n\n`);
  }
  if (script.holdOpen) return;
  if (script.done !== false) res.write("data: [DONE]\n\n");
  res.end();
}

/**
 * An OpenAI-compatible Chat Completions server on loopback that answers each
 * request with what `script` returns, and records what it received.
 */
export async function startScriptedBackend(script: (request: RecordedRequest, index: number) => Script): Promise<ScriptedBackend> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    let finished = false;
    let resolveClosed!: () => void;
    const recorded: RecordedRequest = {
      path: req.url ?? "",
      headers: req.headers,
      body: undefined,
      abortedByClient: false,
      closed: new Promise((resolve) => (resolveClosed = resolve)),
    };
    res.on("finish", () => (finished = true));
    res.on("close", () => {
      if (!finished) recorded.abortedByClient = true;
      resolveClosed();
    });
    recorded.body = await readBody(req);
    // The model list answers readiness checks; it is not a recorded chat request.
    if (req.method === "GET" && recorded.path.endsWith("/models")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ object: "list", data: [{ id: MODEL, object: "model", created: 0, owned_by: "koki" }] }));
      return;
    }
    requests.push(recorded);
    await answer(script(recorded, requests.length - 1), res, () => res.destroyed);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const SCRIPTED_MODEL = MODEL;
