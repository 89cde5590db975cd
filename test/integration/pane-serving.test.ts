import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLIENT_CONFIG_ID } from "../../src/core/protocol/pane-page";
import { contentSecurityPolicy } from "../../src/server/http/security-headers";
import { SOZIALAMT_AGENT } from "../fixtures/group-agent";
import { startGateway, type RunningGateway } from "../helpers/gateway";
import { gzipKb, initialScripts, preloadedScripts } from "../helpers/initial-scripts";

// Serves the built pane (npm test builds it first).
const DIST = join(__dirname, "..", "..", "dist");
const script = readdirSync(DIST).find((name) => /^taskpane\.[0-9a-f]{8}\.js$/u.test(name));
const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
/** The scripts taskpane.html loads by itself: the pane's and its libraries'. */
const paneScripts = initialScripts(DIST, "taskpane.html");

const ENTRA = {
  mode: "oidc" as const,
  oidc: { issuer: "https://login.example.test/stadt/v2.0", jwksUri: "http://127.0.0.1:9/keys", audience: "api://koki.example.test", requiredScope: "KoKI.Use" },
  client: { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/stadt", scope: "api://koki.example.test/KoKI.Use" },
};

/** The built chunk with a host's code. */
const hostChunk = (host: string) => readdirSync(DIST).find((name) => new RegExp(`^host-${host}\\.[0-9a-f]{8}\\.js$`, "u").test(name))!;
/** Whether one of the scripts has `marker` in its code. */
const someHas = (scripts: string[], marker: string) => scripts.some((name) => readFileSync(join(DIST, name), "utf8").includes(marker));

/** The page's config data element. */
const CONFIG_ELEMENT = new RegExp(`<script type="application/json" id="${CLIENT_CONFIG_ID}">([^<]*)</script>`, "u");

/** The config that a page carries, as the pane reads it; undefined without one. */
function configInPage(page: string): unknown {
  const json = CONFIG_ELEMENT.exec(page)?.[1];
  return json === undefined ? undefined : JSON.parse(json);
}

/** The answer's headers; the body is read so that no connection stays half-used. */
async function headersOf(url: string): Promise<Headers> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.headers;
}

describe("the first screen's size", () => {
  test("the scripts taskpane.html loads by itself stay within 150 KB gzip; the rest loads on demand", () => {
    expect(paneScripts).toContain(script);
    expect(gzipKb(DIST, paneScripts)).toBeLessThanOrEqual(150);
  });

  test("the validation library stays out of the first scripts (the pane checks answers by hand)", () => {
    // A value imported from a module that also builds a zod schema once brought all of zod in (+6 KB gzip).
    for (const name of paneScripts.filter((file) => existsSync(join(DIST, `${file}.map`)))) {
      const { sources } = JSON.parse(readFileSync(join(DIST, `${name}.map`), "utf8")) as { sources: string[] };
      expect(sources.filter((source) => /node_modules\/zod\//u.test(source))).toEqual([]);
    }
  });
});

describe("serving the built pane", () => {
  let gateway: RunningGateway;
  afterEach(() => gateway?.close());

  test("the script before Office.js is inline, and the page's CSP allows it by its hash and nothing else inline", async () => {
    gateway = await startGateway({ auth: ENTRA });
    const response = await fetch(`${gateway.url}/taskpane.html`);
    const page = await response.text();
    const inline = [...page.matchAll(/<script>([^<]*)<\/script>/gu)].map((match) => match[1]!);
    expect(inline).toEqual([expect.stringContaining("OsfOptOut")]);
    // Before Office.js, which reads it as it loads.
    expect(page.indexOf("OsfOptOut")).toBeLessThan(page.indexOf("appsforoffice.microsoft.com"));
    const hash = createHash("sha256").update(inline[0]!).digest("base64");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toBe(contentSecurityPolicy("https://login.microsoftonline.com", [`sha256-${hash}`]));
    expect(policy.split("; ").find((directive) => directive.startsWith("script-src"))).not.toContain("unsafe-inline");
    // Other files keep the policy without hashes.
    expect((await headersOf(`${gateway.url}/${script}`)).get("content-security-policy")).toBe(contentSecurityPolicy("https://login.microsoftonline.com"));
  });

  test("hashed scripts are cached for good; the page and unhashed files are revalidated", async () => {
    gateway = await startGateway();
    expect(script).toBeDefined();
    expect((await headersOf(`${gateway.url}/${script}`)).get("cache-control")).toBe("public, max-age=31536000, immutable");
    // The page carries the user's config here (no sign-in): the user's own, so private.
    expect((await headersOf(`${gateway.url}/taskpane.html`)).get("cache-control")).toBe("private, no-cache");
    expect((await headersOf(`${gateway.url}/manifest.xml`)).get("cache-control")).toBe("no-cache");
    expect((await headersOf(`${gateway.url}/api/config`)).get("cache-control")).toBe("no-store");
  });

  test("the styles come as one style sheet, built ahead and cached like the scripts", async () => {
    gateway = await startGateway();
    const sheets = [...html.matchAll(/<link[^>]*rel=["']?stylesheet[^>]*href=["']?([^"' >]+)/gu)].map((match) => match[1]!);
    expect(sheets).toEqual([expect.stringMatching(/^griffel\.[0-9a-f]{8}\.css$/u)]);
    const response = await fetch(`${gateway.url}/${sheets[0]}`, { headers: { "accept-encoding": "br" } });
    const css = await response.text();
    expect(response.headers.get("content-type")).toMatch(/^text\/css/u);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // Fluent's rules, the pane's own (the main column's width) and the light theme's variables are all in it.
    expect(css).toMatch(/max-width:720px/u);
    expect(css).toMatch(/:root\{[^}]*--colorNeutralBackground1:#ffffff;/u);
    expect(css.length).toBeGreaterThan(20_000);
  });

  test("browsers that accept Brotli or gzip get the build's compressed copies, with the same caching", async () => {
    gateway = await startGateway();
    for (const src of paneScripts) {
      const plain = await fetch(`${gateway.url}/${src}`, { headers: { "accept-encoding": "identity" } });
      const plainBytes = (await plain.arrayBuffer()).byteLength;
      for (const encoding of ["br", "gzip"]) {
        const response = await fetch(`${gateway.url}/${src}`, { headers: { "accept-encoding": encoding } });
        expect(response.headers.get("content-encoding")).toBe(encoding);
        expect(response.headers.get("vary")).toBe("Accept-Encoding");
        expect(response.headers.get("content-type")).toMatch(/javascript/u);
        expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
        expect(Number(response.headers.get("content-length"))).toBeLessThan(plainBytes / 2);
        // fetch decompresses: the same script arrives.
        expect((await response.arrayBuffer()).byteLength).toBe(plainBytes);
      }
    }
  });

  test("behind an authenticating proxy, the page carries the user's own config, the same as GET /api/config", async () => {
    gateway = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } }, tasks: { agents: [SOZIALAMT_AGENT] } });
    const anna = { "x-forwarded-user": "anna.schmidt", "x-forwarded-groups": "sozialamt" };
    const ben = { "x-forwarded-user": "ben.weber", "x-forwarded-groups": "bauamt" };
    const pageOf = (headers: Record<string, string>) => fetch(`${gateway.url}/taskpane.html`, { headers });
    const configOf = async (headers: Record<string, string>) => (await fetch(`${gateway.url}/api/config`, { headers })).json();
    const [annaPage, benPage] = await Promise.all([pageOf(anna), pageOf(ben)]);
    const annaConfig = configInPage(await annaPage.text());
    expect(annaConfig).toEqual(await configOf(anna));
    expect(configInPage(await benPage.text())).toEqual(await configOf(ben));
    expect(JSON.stringify(annaConfig)).toContain(SOZIALAMT_AGENT.id);
    expect(JSON.stringify(configInPage(await (await pageOf(ben)).text()))).not.toContain(SOZIALAMT_AGENT.id);
    // Each user's page is their own: private, and its validator changes with the config.
    expect(annaPage.headers.get("cache-control")).toBe("private, no-cache");
    expect(annaPage.headers.get("etag")).not.toBe(benPage.headers.get("etag"));
    const again = await fetch(`${gateway.url}/taskpane.html`, { headers: { ...ben, "if-none-match": annaPage.headers.get("etag")! } });
    expect(again.status).toBe(200);
    // The config came in the page, so there is no early fetch of it; the host's code still comes early.
    expect(preloadedScripts(annaPage.headers.get("link"))).toEqual([hostChunk("browser")]);
  });

  test("a page request that does not say who the user is gets the page without a config; the pane then asks", async () => {
    gateway = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } } });
    const response = await fetch(`${gateway.url}/taskpane.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(configInPage(await response.text())).toBeUndefined();
    expect((await fetch(`${gateway.url}/api/config`)).status).toBe(401);
  });

  test("with Entra sign-in only the pane's token says who the user is, so the page carries no config", async () => {
    gateway = await startGateway({ auth: ENTRA });
    const response = await fetch(`${gateway.url}/taskpane.html`);
    expect(configInPage(await response.text())).toBeUndefined();
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(preloadedScripts(response.headers.get("link"))).toEqual([hostChunk("browser")]);
  });

  test("text in the config cannot end its element: every < is escaped, and the JSON reads back the same", async () => {
    const notice = { de: "Hinweis </script><script>alert(1)</script> <!-- Ende", en: "Notice </SCRIPT>", url: "https://stadt.example/datenschutz" };
    gateway = await startGateway({ privacy: { notice } });
    const page = await (await fetch(`${gateway.url}/taskpane.html`)).text();
    const data = page.slice(page.indexOf(`id="${CLIENT_CONFIG_ID}">`));
    expect(data.slice(0, data.indexOf("</script>"))).not.toMatch(/</u);
    expect(configInPage(page)).toEqual(await (await fetch(`${gateway.url}/api/config`)).json());
    expect((configInPage(page) as { privacy: { notice: typeof notice } }).privacy.notice).toEqual(notice);
    // Still exactly one inline script that runs, the one the CSP allows by its hash.
    expect([...page.matchAll(/<script>([^<]*)<\/script>/gu)]).toHaveLength(1);
  });

  test("the page asks early for the code of the host that Office names in the address, with every library it takes", async () => {
    gateway = await startGateway({ auth: ENTRA });
    const link = async (query: string) => (await headersOf(`${gateway.url}/taskpane.html${query}`)).get("link");
    const word = preloadedScripts(await link("?_host_Info=Word$Win32$16.01$de-DE$$$$0"));
    const outlook = preloadedScripts(await link("?_host_Info=Outlook$Web$16.01$de-DE$$$$0&et="));
    expect(word[0]).toBe(hostChunk("word"));
    expect(outlook[0]).toBe(hostChunk("outlook"));
    for (const name of [...word, ...outlook]) expect(existsSync(join(DIST, name))).toBe(true);
    // Outlook reads an email with the HTML-to-text library, a chunk of its own: it is hinted too.
    expect(someHas(outlook, "longWordSplit")).toBe(true);
    expect(someHas(word, "longWordSplit")).toBe(false);
    // The HTML sanitiser is needed only to write a result: not part of either start.
    expect(someHas([...word, ...outlook], "uponSanitizeElement")).toBe(false);
    // Opened outside Office: browser mode. Another application: no guess.
    expect(preloadedScripts(await link("?lang=de"))).toEqual([hostChunk("browser")]);
    expect(await link("?_host_Info=Excel$Win32$16.01$de-DE")).toBeNull();
  });

  test("the page carries the same sign-in settings as GET /api/auth, and nothing else changes", async () => {
    for (const auth of [undefined, ENTRA]) {
      gateway = await startGateway({ auth });
      const page = await (await fetch(`${gateway.url}/taskpane.html`)).text();
      const content = /<meta name="koki-auth" content="([^"]*)">/u.exec(page)?.[1];
      const unescaped = content
        ?.replace(/&quot;/gu, '"')
        .replace(/&lt;/gu, "<")
        .replace(/&gt;/gu, ">")
        .replace(/&amp;/gu, "&");
      expect(JSON.parse(unescaped ?? "null")).toEqual(await (await fetch(`${gateway.url}/api/auth`)).json());
      // The built page, with the meta element first in <head> (and, without sign-in, the config last in <body>).
      expect(page.replace(/<meta name="koki-auth"[^>]*>/u, "").replace(CONFIG_ELEMENT, "")).toBe(html);
      expect(page.endsWith(`</script></body></html>`)).toBe(auth === undefined);
      expect(page).toMatch(/^<!doctype html><html lang=de><head><meta name="koki-auth"/u);
      await gateway.close();
    }
    gateway = await startGateway({ auth: { ...ENTRA, client: { ...ENTRA.client, clientId: 'a"b<c>&d' } } });
    // A value that would end the attribute is escaped.
    expect(await (await fetch(`${gateway.url}/taskpane.html`)).text()).toContain("clientId&quot;:&quot;a\\&quot;b&lt;c&gt;&amp;d&quot;");
  });

  test("the page comes compressed as the browser accepts, with a validator for a cheap revalidation", async () => {
    gateway = await startGateway();
    const plain = await (await fetch(`${gateway.url}/taskpane.html`, { headers: { "accept-encoding": "identity" } })).text();
    const tags = new Set<string>();
    for (const encoding of ["br", "gzip", "identity"]) {
      const response = await fetch(`${gateway.url}/taskpane.html`, { headers: { "accept-encoding": encoding } });
      expect(response.headers.get("content-encoding")).toBe(encoding === "identity" ? null : encoding);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await response.text()).toBe(plain);
      const etag = response.headers.get("etag")!;
      tags.add(etag);
      const again = await fetch(`${gateway.url}/taskpane.html`, { headers: { "accept-encoding": encoding, "if-none-match": `W/"other", ${etag}` } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
    // Each encoding has its own validator.
    expect(tags.size).toBe(3);
    const head = await fetch(`${gateway.url}/taskpane.html`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  test("a build whose list of host scripts is missing or broken serves the page without the early hint", async () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-dist-"));
    writeFileSync(join(dir, "taskpane.html"), html);
    gateway = await startGateway({ server: { staticDir: dir } });
    const page = await fetch(`${gateway.url}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get("link")).toBeNull();
    await gateway.close();
    // Another build (the page changes with it) with a list that is not JSON.
    writeFileSync(join(dir, "host-chunks.json"), "{ not json");
    writeFileSync(join(dir, "taskpane.html"), `${html}\n`);
    gateway = await startGateway({ server: { staticDir: dir } });
    const again = await fetch(`${gateway.url}/taskpane.html`);
    expect(again.status).toBe(200);
    expect(again.headers.get("link")).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });

  test("without a built page, the address answers 404 like any missing file", async () => {
    const empty = mkdtempSync(join(tmpdir(), "koki-empty-dist-"));
    gateway = await startGateway({ server: { staticDir: empty } });
    expect((await fetch(`${gateway.url}/taskpane.html`)).status).toBe(404);
    rmSync(empty, { recursive: true, force: true });
  });
});
