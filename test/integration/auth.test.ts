import { createHash, createHmac } from "node:crypto";
import { configSchema } from "../../src/server/config/config-schema";
import { startGateway, type RunningGateway } from "../helpers/gateway";
import { TestIssuer, newSigningKey } from "../helpers/oidc-issuer";
import { SOZIALAMT_AGENT } from "../fixtures/group-agent";

const b64 = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

const AGENT = SOZIALAMT_AGENT;

describe("auth.mode oidc", () => {
  let issuer: TestIssuer;
  let gateway: RunningGateway;

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
    issuer.keys = [await newSigningKey("key-1")];
    gateway = await startGateway({
      auth: {
        mode: "oidc",
        oidc: { issuer: issuer.issuer, jwksUri: `${issuer.url}/keys`, audience: issuer.audience, requiredScope: "KoKI.Use", jwksCooldownMs: 0 },
        client: {
          clientId: "11111111-2222-3333-4444-555555555555",
          authority: "https://login.microsoftonline.com/stadt",
          scope: "api://koki.example.test/KoKI.Use",
        },
      },
      tasks: { agents: [AGENT], access: { "leichte-sprache": ["leichte-sprache-team"] } },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await issuer?.close();
  });

  const getConfig = (token?: string, path = "/api/config") => fetch(`${gateway.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  async function expectRefused(response: Response, status: 401 | 403): Promise<void> {
    expect(response.status).toBe(status);
    const body = await response.json();
    // Nothing beyond the plain message: no claim names, no library errors.
    expect(body).toEqual({
      error:
        status === 401
          ? { code: "unauthenticated", message: "Anmeldung abgelaufen. Bitte melden Sie sich neu an." }
          : { code: "forbidden", message: "Sie sind nicht berechtigt, diese Aufgabe zu nutzen." },
    });
    if (status === 401) expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
  }

  test("a correctly signed, unexpired token for the right audience and scope gets through", async () => {
    const response = await getConfig(await issuer.token());
    expect(response.status).toBe(200);
    const ids = (await response.json()).tasks.map((task: { id: string }) => task.id);
    expect(ids).toContain("einfache-sprache");
    // Group-restricted tasks stay hidden from users outside the groups.
    expect(ids).not.toContain("leichte-sprache");
    expect(ids).not.toContain("sozialamt-bescheid");
  });

  test("the pane learns how to sign in without signing in, and sees no secrets", async () => {
    const response = await getConfig(undefined, "/api/auth");
    expect(await response.json()).toEqual({
      mode: "oidc",
      client: {
        clientId: "11111111-2222-3333-4444-555555555555",
        authority: "https://login.microsoftonline.com/stadt",
        scope: "api://koki.example.test/KoKI.Use",
      },
    });
    expect((await getConfig(undefined, "/api/health")).status).toBe(200);
  });

  test.each([
    ["no token", async () => undefined],
    ["a malformed token", async () => "abc.def.ghi"],
    [
      "alg none",
      async () =>
        `${b64({ alg: "none", typ: "JWT" })}.${b64({ oid: "x", scp: "KoKI.Use", iss: issuer.issuer, aud: issuer.audience, iat: 1, exp: 9999999999 })}.`,
    ],
    [
      "HS256 signed with the public key as the secret",
      async () => {
        const header = b64({ alg: "HS256", typ: "JWT", kid: "key-1" });
        const now = Math.floor(Date.now() / 1000);
        const payload = b64({ oid: "x", scp: "KoKI.Use", iss: issuer.issuer, aud: issuer.audience, iat: now, exp: now + 600 });
        const signature = createHmac("sha256", issuer.keys[0]!.publicPem).update(`${header}.${payload}`).digest("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    ["a wrong issuer", async () => issuer.token({ iss: "https://evil.example.test/" })],
    ["a wrong audience", async () => issuer.token({ aud: "api://other-app" })],
    ["an expired token", async () => issuer.token({ exp: Math.floor(Date.now() / 1000) - 600, iat: Math.floor(Date.now() / 1000) - 1200 })],
    ["nbf in the future", async () => issuer.token({ nbf: Math.floor(Date.now() / 1000) + 3600 })],
    ["iat in the future", async () => issuer.token({ iat: Math.floor(Date.now() / 1000) + 3600 })],
    ["an unknown kid", async () => issuer.token({}, await newSigningKey("stranger"))],
    [
      "a tampered payload",
      async () => {
        const [header, , signature] = (await issuer.token()).split(".");
        const now = Math.floor(Date.now() / 1000);
        return `${header}.${b64({ oid: "admin", scp: "KoKI.Use", iss: issuer.issuer, aud: issuer.audience, iat: now, exp: now + 600, groups: ["sozialamt"] })}.${signature}`;
      },
    ],
  ])("401 for %s", async (_name, makeToken) => {
    await expectRefused(await getConfig(await makeToken()), 401);
  });

  test("401 for a token in the query string instead of the header", async () => {
    await expectRefused(await fetch(`${gateway.url}/api/config?access_token=${await issuer.token()}`), 401);
  });

  test("403 for a valid token without the required scope", async () => {
    await expectRefused(await getConfig(await issuer.token({ scp: "User.Read" })), 403);
  });

  test("runs of a task outside the user's groups are refused with 403; group members get them", async () => {
    const run = async (token: string, task: string) =>
      fetch(`${gateway.url}/api/runs`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ task, text: "Ein Bescheid.", host: "word" }),
      });
    await expectRefused(await run(await issuer.token(), "sozialamt-bescheid"), 403);
    const member = await issuer.token({ groups: ["sozialamt"] });
    const ids = (await (await getConfig(member)).json()).tasks.map((task: { id: string }) => task.id);
    expect(ids).toContain("sozialamt-bescheid");
    // The member passes authorisation; without a backend the run stops at 503, not 403.
    expect((await run(member, "sozialamt-bescheid")).status).toBe(503);
  });

  test("key rotation: a token with a new kid is accepted once the JWKS has it", async () => {
    const rotated = await newSigningKey("key-2", "ES256");
    await expectRefused(await getConfig(await issuer.token({}, rotated)), 401);
    issuer.keys = [rotated, ...issuer.keys];
    const before = issuer.jwksRequests;
    expect((await getConfig(await issuer.token({}, rotated))).status).toBe(200);
    expect(issuer.jwksRequests).toBe(before + 1);
    // Known keys are cached: no further fetch.
    await getConfig(await issuer.token({}, rotated));
    expect(issuer.jwksRequests).toBe(before + 1);
  });
});

describe("auth.mode tokens", () => {
  let gateway: RunningGateway;
  const token = "koki_3f9a1c2e8b7d4a6f0e5c9b1a2d3e4f50";

  beforeAll(async () => {
    gateway = await startGateway({
      auth: { mode: "tokens", tokens: [{ name: "fachverfahren", sha256: createHash("sha256").update(token).digest("hex"), groups: ["skripte"] }] },
    });
  });
  afterAll(() => gateway?.close());

  test("the right token gets in; a wrong one and none do not", async () => {
    expect((await fetch(`${gateway.url}/api/config`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${gateway.url}/api/config`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${gateway.url}/api/config`)).status).toBe(401);
  });
});

describe("auth.mode trusted-header", () => {
  test("identity headers count only from a configured proxy address", async () => {
    const headers = { "x-forwarded-user": "anna.schmidt", "x-forwarded-groups": "sozialamt" };
    const spoofed = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["10.0.0.5"] } } });
    try {
      expect((await fetch(`${spoofed.url}/api/config`, { headers })).status).toBe(401);
    } finally {
      await spoofed.close();
    }
    const behindProxy = await startGateway({ auth: { mode: "trusted-header", trustedHeader: { proxies: ["127.0.0.1"] } } });
    try {
      expect((await fetch(`${behindProxy.url}/api/config`, { headers })).status).toBe(200);
      expect((await fetch(`${behindProxy.url}/api/config`)).status).toBe(401);
    } finally {
      await behindProxy.close();
    }
  });
});

describe("auth.mode none", () => {
  test("is refused on a non-loopback address", () => {
    const result = configSchema.safeParse({ server: { host: "0.0.0.0" } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["auth", "mode"], message: expect.stringContaining("only on a loopback address") });
    expect(configSchema.safeParse({ server: { host: "0.0.0.0" }, auth: { mode: "tokens", tokens: [{ name: "a", sha256: "0".repeat(64) }] } }).success).toBe(
      true,
    );
    expect(configSchema.safeParse({ server: { host: "127.0.0.1" } }).success).toBe(true);
  });
});

describe("the pane's API client against a gateway that requires a token", () => {
  let gateway: RunningGateway;
  const token = "koki_pane_client_token_0123456789";

  beforeAll(async () => {
    gateway = await startGateway({ auth: { mode: "tokens", tokens: [{ name: "pane", sha256: createHash("sha256").update(token).digest("hex") }] } });
  });
  afterAll(() => gateway?.close());

  test("sends the token as a Bearer header and, after a 401, retries once with a fresh token", async () => {
    const { fetchClientConfig, fetchAuthInfo } = await import("../../src/taskpane/api/gateway-client");
    const asked: boolean[] = [];
    // The cached token has expired; a refresh brings the valid one.
    const getToken = async (refresh: boolean) => {
      asked.push(refresh);
      return refresh ? token : "expired-token";
    };
    const config = await fetchClientConfig({ baseUrl: gateway.url, getToken });
    expect(config.tasks.length).toBeGreaterThan(0);
    expect(asked).toEqual([false, true]);
    await expect(fetchAuthInfo({ baseUrl: gateway.url })).resolves.toEqual({ mode: "tokens" });
    await expect(fetchClientConfig({ baseUrl: gateway.url, getToken: async () => "wrong" })).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
  });
});
