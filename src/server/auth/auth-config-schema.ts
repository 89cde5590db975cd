import { z } from "zod";

/** How the gateway knows who is calling. See docs/ADMIN.md for each mode. */
export const authConfigSchema = z
  .object({
    mode: z.enum(["none", "oidc", "tokens", "trusted-header"]).default("none").describe("none: only on a loopback address, for development."),
    oidc: z
      .object({
        issuer: z.url().describe("e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://keycloak.example.de/realms/stadt"),
        jwksUri: z.url().optional().describe("Defaults to the issuer's discovery document."),
        audience: z.string().min(1).describe("The gateway's API: its application ID URI or client id, as the token's `aud`."),
        requiredScope: z.string().min(1).optional().describe('A delegated scope the token must carry in `scp`/`scope` (e.g. "KoKI.Use")…'),
        requiredRole: z.string().min(1).optional().describe("…or an app role in `roles`. At least one of the two is required."),
        algorithms: z
          .array(z.enum(["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]))
          .min(1)
          .default(["RS256", "ES256"])
          .describe("Accepted signature algorithms (asymmetric only)."),
        clockToleranceSeconds: z.number().int().min(0).max(300).default(60).describe("Allowed clock skew for exp, nbf and iat."),
        jwksCooldownMs: z.number().int().min(0).default(30_000).describe("An unknown `kid` refetches the keys at most this often."),
        groupsClaim: z.string().min(1).default("groups").describe('Claim with the user\'s groups (Entra: "groups"; Keycloak: often "groups" too).'),
      })
      .strict()
      .refine((oidc) => oidc.requiredScope || oidc.requiredRole, { message: "set requiredScope or requiredRole", path: ["requiredScope"] })
      .optional(),
    tokens: z
      .array(
        z
          .object({
            name: z.string().min(1),
            sha256: z.string().regex(/^[0-9a-f]{64}$/u, "a SHA-256 hash in lower-case hex (sha256sum)"),
            groups: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .default([])
      .describe("Static API tokens for scripts: name, sha256 (hex of the token) and groups. Only the hash is stored."),
    trustedHeader: z
      .object({
        userHeader: z.string().min(1).default("x-forwarded-user").describe("Header with the user id, set by the proxy."),
        groupsHeader: z.string().min(1).default("x-forwarded-groups").describe("Header with comma-separated groups, set by the proxy."),
        proxies: z.array(z.string().min(1)).min(1).describe("Addresses or CIDR ranges of the authenticating proxies; headers from anyone else are ignored."),
      })
      .strict()
      .optional(),
    /** What the task pane needs for Entra ID sign-in (nested app authentication). */
    client: z
      .object({
        clientId: z.string().min(1).describe("Application (client) id of the add-in's app registration."),
        authority: z.url().describe("e.g. https://login.microsoftonline.com/<tenant-id>"),
        scope: z.string().min(1).describe("The API scope the pane asks for, e.g. api://addin.example.de/<client-id>/KoKI.Use"),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((auth, ctx) => {
    if (auth.mode === "oidc" && !auth.oidc) ctx.addIssue({ code: "custom", path: ["oidc"], message: "is required when auth.mode is oidc" });
    if (auth.mode === "oidc" && !auth.client)
      ctx.addIssue({ code: "custom", path: ["client"], message: "is required when auth.mode is oidc (the pane signs in with it)" });
    if (auth.mode === "tokens" && auth.tokens.length === 0)
      ctx.addIssue({ code: "custom", path: ["tokens"], message: "needs at least one token when auth.mode is tokens" });
    if (auth.mode === "trusted-header" && !auth.trustedHeader)
      ctx.addIssue({ code: "custom", path: ["trustedHeader"], message: "is required when auth.mode is trusted-header" });
  });

export type AuthConfig = z.output<typeof authConfigSchema>;
