import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import negotiate from "@fastify/accept-negotiator";
import type { FastifyInstance } from "fastify";
import { AUTH_INFO_META, officeAppInAddress, type AuthInfo } from "../../core/protocol";
import { escapeHtml } from "../../core/text";
import { assetCacheControl } from "./asset-cache";
import { contentSecurityPolicy } from "./security-headers";

const PAGE = "taskpane.html";
const ENCODINGS = ["br", "gzip", "identity"] as const;
type Encoding = (typeof ENCODINGS)[number];

interface RenderedPage {
  mtimeMs: number;
  etag: string;
  /** The Content-Security-Policy, which allows the page's inline scripts by their hashes. */
  policy: string;
  bodies: Record<Encoding, Buffer>;
  /** Each host's chunk in this build (host-word.1a2b3c4d.js, or host-word.js in a development build). */
  hostChunks: Map<string, string>;
}

const HOST_CHUNK = /^host-(word|outlook|browser)(\.[0-9a-f]{8})?\.js$/u;

/**
 * The host's code, asked for with the page's own scripts: otherwise the pane asks for it only once its
 * main script runs, and on a first start then waits for it. The address names Word or Outlook; opened
 * outside Office, the pane runs in browser mode. Another application gets no hint.
 */
function hostPreload(search: string, chunks: Map<string, string>): string | undefined {
  const host = new URLSearchParams(search).has("_host_Info") ? officeAppInAddress(search) : "browser";
  const chunk = host && chunks.get(host);
  return chunk ? `<${chunk}>; rel=preload; as=script` : undefined;
}

/** The built page with the sign-in settings in a meta element, first in `<head>`. */
function withAuthInfo(html: string, info: AuthInfo): string {
  return html.replace(/<head>/iu, (head) => `${head}<meta name="${AUTH_INFO_META}" content="${escapeHtml(JSON.stringify(info))}">`);
}

/** CSP hashes of the page's inline scripts (the one before Office.js), so that no 'unsafe-inline' is needed. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([^<]*)<\/script>/giu)].map((match) => `sha256-${createHash("sha256").update(match[1]!).digest("base64")}`);
}

/** Whether If-None-Match names this ETag (or any). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => ["*", etag].includes(tag.trim().replace(/^W\//u, "")));
}

export interface PanePageOptions {
  authInfo: AuthInfo;
  /** The Link hint for the config, where the browser may fetch it by itself (preload-hints.ts). */
  configPreload?: string;
  /** Entra's origin, for the fallback sign-in dialog (security-headers.ts). */
  signInOrigin?: string;
}

/**
 * Serves taskpane.html with the sign-in settings written into it, so the pane
 * does not ask GET /api/auth first: one request less while the scripts load,
 * and with Entra sign-in one round trip less before the token. The Link
 * header asks for the config (`configPreload`) and the host's code early. The
 * page is read again when the build changes it; its compressed copies and its
 * Content-Security-Policy (with the inline scripts' hashes) are made then.
 */
export function registerPanePage(app: FastifyInstance, root: string, { authInfo: info, configPreload, signInOrigin }: PanePageOptions): void {
  const file = join(root, PAGE);
  let rendered: RenderedPage | undefined;
  const render = async (): Promise<RenderedPage | undefined> => {
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: NaN }));
    if (Number.isNaN(mtimeMs)) return undefined;
    if (rendered?.mtimeMs !== mtimeMs) {
      const built = await readFile(file, "utf8");
      const html = Buffer.from(withAuthInfo(built, info));
      const policy = contentSecurityPolicy(signInOrigin, inlineScriptHashes(built));
      const brotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      const etag = createHash("sha256").update(html).digest("base64url").slice(0, 22);
      const hostChunks = new Map<string, string>();
      for (const name of await readdir(root)) {
        const host = HOST_CHUNK.exec(name)?.[1];
        if (host) hostChunks.set(host, name);
      }
      rendered = { mtimeMs, etag, policy, bodies: { br: brotli, gzip: gzipSync(html, { level: 9 }), identity: html }, hostChunks };
    }
    return rendered;
  };

  app.get(`/${PAGE}`, async (request, reply) => {
    const page = await render();
    if (!page) return reply.callNotFound();
    const encoding: Encoding = negotiate(request.headers["accept-encoding"] ?? "", [...ENCODINGS]) ?? "identity";
    // One ETag per encoding: the bytes differ, and shared caches keep them apart.
    const etag = `"${page.etag}-${encoding}"`;
    reply.header("cache-control", assetCacheControl(PAGE)).header("vary", "Accept-Encoding").header("etag", etag).header("content-security-policy", page.policy);
    const links = [configPreload, hostPreload(new URL(request.url, "http://pane").search, page.hostChunks)].filter(Boolean);
    if (links.length > 0) reply.header("link", links.join(", "));
    if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();
    if (encoding !== "identity") reply.header("content-encoding", encoding);
    return reply.type("text/html; charset=utf-8").send(page.bodies[encoding]);
  });
}
