import type { FastifyInstance } from "fastify";
import type { AuthConfig } from "./auth-config-schema";
import { authInfo } from "./auth-info";
import { createAuthenticator, type Authenticator } from "./authenticator";
import type { Principal } from "./principal";

declare module "fastify" {
  interface FastifyRequest {
    /** Set for every /api request that needs sign-in, before its handler runs. */
    principal: Principal;
  }
}

/** Open to anyone: liveness, readiness, and what the pane needs to sign in. */
const PUBLIC = new Set(["/api/health", "/api/ready", "/api/auth"]);

/**
 * Every /api route except the public ones requires a signed-in user. The
 * pane learns how to sign in from taskpane.html (http/pane-page.ts) or from
 * GET /api/auth (no secrets in either).
 */
export function registerAuth(app: FastifyInstance, config: AuthConfig, authenticate: Authenticator = createAuthenticator(config)): void {
  app.decorateRequest("principal", null as unknown as Principal);
  app.addHook("onRequest", async (request) => {
    const path = request.url.split("?")[0]!;
    if (!path.startsWith("/api/") || PUBLIC.has(path) || request.method === "OPTIONS") return;
    request.principal = await authenticate(request);
  });
  const info = authInfo(config);
  app.get("/api/auth", async () => info);
}
