import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import proxyAddr from "proxy-addr";
import { GatewayError } from "../http/gateway-error";
import type { AuthConfig } from "./auth-config-schema";
import { bearerToken } from "./bearer-token";
import { TokenRejected, createOidcVerifier } from "./oidc-verifier";
import { LOCAL_USER, type Principal } from "./principal";

export type Authenticator = (request: FastifyRequest) => Promise<Principal>;

const unauthenticated = () => new GatewayError("unauthenticated", 401);

function staticTokens(tokens: AuthConfig["tokens"]): Authenticator {
  const known = tokens.map((token) => ({ ...token, hash: Buffer.from(token.sha256, "hex") }));
  return async (request) => {
    const token = bearerToken(request);
    if (!token) throw unauthenticated();
    const hash = createHash("sha256").update(token).digest();
    // Compare against every entry in constant time, so timing tells nothing.
    let match: (typeof known)[number] | undefined;
    for (const entry of known) if (timingSafeEqual(hash, entry.hash)) match = entry;
    if (!match) throw unauthenticated();
    return { id: `token:${match.name}`, groups: match.groups };
  };
}

function trustedHeader(config: NonNullable<AuthConfig["trustedHeader"]>): Authenticator {
  const trusted = proxyAddr.compile(config.proxies);
  return async (request) => {
    // The socket's own peer, never X-Forwarded-For: only the proxy may speak for users.
    const peer = request.raw.socket.remoteAddress ?? "";
    if (!trusted(peer, 0)) {
      request.log.warn({ peer }, "identity headers from an address that is not a configured proxy");
      throw unauthenticated();
    }
    const user = request.headers[config.userHeader.toLowerCase()];
    if (typeof user !== "string" || user.trim() === "") throw unauthenticated();
    const groups = request.headers[config.groupsHeader.toLowerCase()];
    return {
      id: user.trim(),
      groups:
        typeof groups === "string"
          ? groups
              .split(",")
              .map((g) => g.trim())
              .filter(Boolean)
          : [],
    };
  };
}

function oidc(config: NonNullable<AuthConfig["oidc"]>): Authenticator {
  const verify = createOidcVerifier(config);
  return async (request) => {
    const token = bearerToken(request);
    if (!token) throw unauthenticated();
    try {
      return await verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) {
        // The reason goes to the log (never the token); the user hears only the plain message.
        request.log.info({ reason: error.message }, "token refused");
        throw error.reason === "forbidden" ? new GatewayError("forbidden", 403) : unauthenticated();
      }
      request.log.error({ err: error }, "token keys unavailable");
      throw new GatewayError("auth_unavailable", 503);
    }
  };
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  switch (config.mode) {
    case "none":
      return async () => LOCAL_USER;
    case "tokens":
      return staticTokens(config.tokens);
    case "trusted-header":
      return trustedHeader(config.trustedHeader!);
    case "oidc":
      return oidc(config.oidc!);
  }
}
