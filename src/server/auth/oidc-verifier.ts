import type { AuthConfig } from "./auth-config-schema";
import type { Principal } from "./principal";

type OidcConfig = NonNullable<AuthConfig["oidc"]>;
// typescript-eslint resolves this ESM-only type without the import attribute tsc honours.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
type Jose = typeof import("jose", { with: { "resolution-mode": "import" } });

/** Why a token was refused: for the log only. Users hear "Anmeldung abgelaufen" or "nicht berechtigt". */
export class TokenRejected extends Error {
  override name = "TokenRejected";

  constructor(
    readonly reason: "invalid" | "forbidden",
    detail: string,
  ) {
    super(detail);
  }
}

async function jwksUri(config: OidcConfig): Promise<URL> {
  if (config.jwksUri) return new URL(config.jwksUri);
  const discovery = new URL(`${config.issuer.replace(/\/$/u, "")}/.well-known/openid-configuration`);
  const response = await fetch(discovery, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`OIDC discovery failed: ${response.status}`);
  const document = (await response.json()) as { jwks_uri?: string };
  if (!document.jwks_uri) throw new Error("OIDC discovery has no jwks_uri");
  return new URL(document.jwks_uri);
}

function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? value.split(" ").filter(Boolean) : [];
}

/**
 * Verifies JWT access tokens against the issuer's JWKS (jose): signature
 * with an allow-list of asymmetric algorithms, iss, aud, exp, nbf and iat
 * with a small clock skew, and the required scope or role. Keys are cached;
 * an unknown `kid` refetches them (at most once per cooldown).
 */
export function createOidcVerifier(config: OidcConfig): (token: string) => Promise<Principal> {
  // jose is ESM-only; the gateway's CommonJS build loads it once, on first use.
  let ready: Promise<{ jose: Jose; keys: ReturnType<Jose["createRemoteJWKSet"]> }> | undefined;
  const load = () =>
    (ready ??= (async () => {
      const jose = await import("jose");
      const keys = jose.createRemoteJWKSet(await jwksUri(config), { cooldownDuration: config.jwksCooldownMs, cacheMaxAge: 10 * 60_000 });
      return { jose, keys };
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));

  return async (token) => {
    const { jose, keys } = await load();
    let payload: Awaited<ReturnType<Jose["jwtVerify"]>>["payload"];
    try {
      ({ payload } = await jose.jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ["exp", "iat"],
      }));
    } catch (error) {
      throw new TokenRejected("invalid", error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? error.message}` : "unverifiable");
    }
    if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + config.clockToleranceSeconds)
      throw new TokenRejected("invalid", "iat in the future");
    const scopes = [...claimList(payload.scp), ...claimList(payload.scope)];
    const roles = claimList(payload.roles);
    const allowed =
      (config.requiredScope !== undefined && scopes.includes(config.requiredScope)) ||
      (config.requiredRole !== undefined && roles.includes(config.requiredRole));
    if (!allowed) throw new TokenRejected("forbidden", "required scope or role missing");
    const id = typeof payload.oid === "string" ? payload.oid : payload.sub;
    if (!id) throw new TokenRejected("invalid", "no oid or sub");
    return { id, groups: [...claimList(payload[config.groupsClaim]), ...roles] };
  };
}
