import { readdirSync } from "node:fs";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "../helpers/gateway";

// Serves the built pane (npm test builds it first).
const script = readdirSync(join(__dirname, "..", "..", "dist")).find((name) => /^taskpane\.[0-9a-f]{8}\.js$/u.test(name));

describe("serving the built pane", () => {
  let gateway: RunningGateway;
  afterEach(() => gateway?.close());

  test("hashed scripts are cached for good; the page and unhashed files are revalidated", async () => {
    gateway = await startGateway();
    expect(script).toBeDefined();
    expect((await fetch(`${gateway.url}/${script}`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${gateway.url}/taskpane.html`)).headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${gateway.url}/osf-opt-out.js`)).headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${gateway.url}/api/config`)).headers.get("cache-control")).toBe("no-store");
  });

  test("without a token from the pane, the page asks the browser to fetch the config early", async () => {
    gateway = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } } });
    expect((await fetch(`${gateway.url}/taskpane.html`)).headers.get("link")).toBe("</api/config>; rel=preload; as=fetch; crossorigin=anonymous");
    expect((await fetch(`${gateway.url}/${script}`)).headers.get("link")).toBeNull();
  });

  test("with Entra sign-in the config needs a token, so there is no early fetch", async () => {
    gateway = await startGateway({
      auth: {
        mode: "oidc",
        oidc: { issuer: "https://login.example.test/stadt/v2.0", jwksUri: "http://127.0.0.1:9/keys", audience: "api://koki.example.test", requiredScope: "KoKI.Use" },
        client: { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/stadt", scope: "api://koki.example.test/KoKI.Use" },
      },
    });
    const page = await fetch(`${gateway.url}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get("link")).toBeNull();
  });
});
