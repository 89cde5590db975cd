import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload, type CryptoKey } from "jose";

export interface SigningKey {
  kid: string;
  alg: "RS256" | "ES256";
  privateKey: CryptoKey;
  publicJwk: JWK;
  publicPem: string;
}

export async function newSigningKey(kid: string, alg: "RS256" | "ES256" = "RS256"): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  const { exportSPKI } = await import("jose");
  return { kid, alg, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

/**
 * A local identity provider for tests: serves a JWKS (whose keys the test
 * can rotate) and signs tokens. Nothing leaves loopback.
 */
export class TestIssuer {
  readonly issuer = "https://login.example.test/stadt/v2.0";
  readonly audience = "api://koki.example.test";
  keys: SigningKey[] = [];
  jwksRequests = 0;
  private server?: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      if (request.url === "/keys") {
        this.jwksRequests += 1;
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ keys: this.keys.map((key) => key.publicJwk) }));
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A valid access token for `oid`, overridable claim by claim. */
  async token(claims: JWTPayload = {}, key: SigningKey = this.keys[0]!, header: Record<string, unknown> = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ oid: "user-1", scp: "KoKI.Use", iss: this.issuer, aud: this.audience, iat: now, exp: now + 600, ...claims })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT", ...header })
      .sign(key.privateKey);
  }
}
