import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip as gzipCompress } from "node:zlib";
import negotiate from "@fastify/accept-negotiator";
import type { FastifyInstance } from "fastify";
import { AUTH_INFO_META, CLIENT_CONFIG_ID, officeAppInAddress, type AuthInfo, type ClientConfig } from "../../core/protocol";
import { escapeHtml } from "../../core/text";
import { assetCacheControl } from "./asset-cache";
import type { PageConfig } from "./page-config";
import { contentSecurityPolicy } from "./security-headers";

const PAGE = "taskpane.html";
const ENCODINGS = ["br", "gzip", "identity"] as const;
type Encoding = (typeof ENCODINGS)[number];

/** One build of the page: read again when the build changes it. */
interface BuiltPage {
  mtimeMs: number;
  /** The built page with the sign-in settings in it. */
  html: string;
  /** The Content-Security-Policy, which allows the page's inline scripts by their hashes. */
  policy: string;
  /** The scripts each host's code takes in this build (host-chunks.json, written by the build). */
  hostChunks: HostChunks;
  /** The page as sent, by the config it carries ("" for none): users with the same tasks share one. */
  variants: Map<string, Promise<PageVariant>>;
}

interface PageVariant {
  etag: string;
  bodies: Record<Encoding, Buffer>;
}

/** Distinct configs kept compressed per build; configs differ only by the groups' task sets, so few. */
const MAX_VARIANTS = 64;

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCompress);

/** Host → the scripts its code takes: its own chunk and the libraries split off from it (scripts/host-chunks-plugin.js). */
type HostChunks = Partial<Record<string, string[]>>;
const HOST_CHUNKS = "host-chunks.json";

/** The build's host scripts; none from a build without a readable list (no hint then: the pane still loads them). */
async function readHostChunks(root: string): Promise<HostChunks> {
  try {
    return JSON.parse(await readFile(join(root, HOST_CHUNKS), "utf8")) as HostChunks;
  } catch {
    return {};
  }
}

/**
 * The host's code, asked for with the page's own scripts: otherwise the pane asks for it only once its
 * main script runs, and on a first start then waits for it (Outlook's code takes its HTML-to-text
 * library, a script of its own). The address names Word or Outlook; opened outside Office, the pane runs in
 * browser mode. Another application gets no hint.
 */
function hostPreload(search: string, chunks: HostChunks): string | undefined {
  const host = new URLSearchParams(search).has("_host_Info") ? officeAppInAddress(search) : "browser";
  const scripts = host ? chunks[host] : undefined;
  return scripts?.length ? scripts.map((script) => `<${script}>; rel=preload; as=script`).join(", ") : undefined;
}

/** The built page with the sign-in settings in a meta element, first in `<head>`. */
function withAuthInfo(html: string, info: AuthInfo): string {
  return html.replace(/<head>/iu, (head) => `${head}<meta name="${AUTH_INFO_META}" content="${escapeHtml(JSON.stringify(info))}">`);
}

/**
 * The user's config as JSON data at the end of <body>, read by the pane before its deferred scripts run.
 * Every "<" is escaped, so no text in it can end the element. A data block runs nothing: the CSP needs no hash.
 */
function withConfig(html: string, json: string): string {
  const data = `<script type="application/json" id="${CLIENT_CONFIG_ID}">${json.replace(/</gu, "\\u003c")}</script>`;
  return html.replace(/<\/body>|$/iu, (end) => `${data}${end}`);
}

async function compressed(html: string): Promise<PageVariant> {
  const plain = Buffer.from(html);
  const [br, gz] = await Promise.all([brotli(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip(plain, { level: 9 })]);
  return { etag: createHash("sha256").update(plain).digest("base64url").slice(0, 22), bodies: { br, gzip: gz, identity: plain } };
}

/** The page carrying `json` (or no config), made once and kept while it is among the recently sent. */
function variant(page: BuiltPage, json: string): Promise<PageVariant> {
  let made = page.variants.get(json);
  page.variants.delete(json);
  made ??= compressed(json ? withConfig(page.html, json) : page.html);
  page.variants.set(json, made);
  if (page.variants.size > MAX_VARIANTS) page.variants.delete(page.variants.keys().next().value!);
  return made;
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
  /** The requesting user's config, where the page may carry it (page-config.ts). */
  config?: PageConfig;
  /** Entra's origin, for the fallback sign-in dialog (security-headers.ts). */
  signInOrigin?: string;
}

/**
 * Serves taskpane.html with the sign-in settings written into it, so the pane
 * does not ask GET /api/auth first: one request less while the scripts load,
 * and with Entra sign-in one round trip less before the token. Where the page
 * request says who the user is, the page also carries the user's config
 * (`config`), so the pane renders without waiting for GET /api/config; such a
 * page is private to the user. The Link header asks early for the host's
 * code and the libraries it takes. The page is read again when the build
 * changes it, and its Content-Security-Policy (with the inline scripts'
 * hashes) is made then.
 */
export function registerPanePage(app: FastifyInstance, root: string, { authInfo: info, config, signInOrigin }: PanePageOptions): void {
  const file = join(root, PAGE);
  let built: BuiltPage | undefined;
  const read = async (): Promise<BuiltPage | undefined> => {
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: NaN }));
    if (Number.isNaN(mtimeMs)) return undefined;
    if (built?.mtimeMs !== mtimeMs) {
      const html = await readFile(file, "utf8");
      const hostChunks = await readHostChunks(root);
      built = {
        mtimeMs,
        html: withAuthInfo(html, info),
        policy: contentSecurityPolicy(signInOrigin, inlineScriptHashes(html)),
        hostChunks,
        variants: new Map(),
      };
    }
    return built;
  };

  app.get(`/${PAGE}`, async (request, reply) => {
    const page = await read();
    if (!page) return reply.callNotFound();
    const userConfig: ClientConfig | undefined = await config?.(request);
    const sent = await variant(page, userConfig ? JSON.stringify(userConfig) : "");
    const encoding: Encoding = negotiate(request.headers["accept-encoding"] ?? "", [...ENCODINGS]) ?? "identity";
    // One ETag per encoding: the bytes differ, and shared caches keep them apart.
    const etag = `"${sent.etag}-${encoding}"`;
    // A page with a user's config is that user's alone: no shared cache may keep it.
    reply.header("cache-control", userConfig ? `private, ${assetCacheControl(PAGE)}` : assetCacheControl(PAGE));
    reply.header("vary", "Accept-Encoding").header("etag", etag).header("content-security-policy", page.policy);
    const link = hostPreload(new URL(request.url, "http://pane").search, page.hostChunks);
    if (link) reply.header("link", link);
    if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();
    if (encoding !== "identity") reply.header("content-encoding", encoding);
    return reply.type("text/html; charset=utf-8").send(sent.bodies[encoding]);
  });
}
