import { z } from "zod";

/** How the gateway knows who is calling. See docs/ADMIN.md for each mode. */
export const authConfigSchema = z
  .object({
    /** none: only on a loopback address, for development. */
    mode: z.enum(["none", "oidc", "tokens", "trusted-header"]).default("none"),
    oidc: z
      .object({
        /** e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://keycloak.example.de/realms/stadt */
        issuer: z.url(),
        /** Defaults to the issuer's discovery document. */
        jwksUri: z.url().optional(),
        /** The gateway's API: its application ID URI or client id, as the token's `aud`. */
        audience: z.string().min(1),
        /** A delegated scope the token must carry in `scp`/`scope` (e.g. "KoKI.Use")… */
        requiredScope: z.string().min(1).optional(),
        /** …or an app role in `roles`. At least one of the two is required. */
        requiredRole: z.string().min(1).optional(),
        algorithms: z.array(z.enum(["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"])).min(1).default(["RS256", "ES256"]),
        clockToleranceSeconds: z.number().int().min(0).max(300).default(60),
        /** An unknown `kid` refetches the keys at most this often. */
        jwksCooldownMs: z.number().int().min(0).default(30_000),
        /** Claim with the user's groups (Entra: "groups"; Keycloak: often "groups" too). */
        groupsClaim: z.string().min(1).default("groups"),
      })
      .strict()
      .refine((oidc) => oidc.requiredScope || oidc.requiredRole, { message: "set requiredScope or requiredRole", path: ["requiredScope"] })
      .optional(),
    /** Static API tokens: only their SHA-256 (hex) is stored. */
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
      .default([]),
    trustedHeader: z
      .object({
        userHeader: z.string().min(1).default("x-forwarded-user"),
        groupsHeader: z.string().min(1).default("x-forwarded-groups"),
        /** Addresses or CIDR ranges of the authenticating proxies; headers from anyone else are ignored. */
        proxies: z.array(z.string().min(1)).min(1),
      })
      .strict()
      .optional(),
    /** What the task pane needs for Entra ID sign-in (nested app authentication). */
    client: z
      .object({
        clientId: z.string().min(1),
        /** e.g. https://login.microsoftonline.com/<tenant-id> */
        authority: z.url(),
        /** The API scope the pane asks for, e.g. api://addin.example.de/<client-id>/KoKI.Use */
        scope: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((auth, ctx) => {
    if (auth.mode === "oidc" && !auth.oidc) ctx.addIssue({ code: "custom", path: ["oidc"], message: "is required when auth.mode is oidc" });
    if (auth.mode === "oidc" && !auth.client) ctx.addIssue({ code: "custom", path: ["client"], message: "is required when auth.mode is oidc (the pane signs in with it)" });
    if (auth.mode === "tokens" && auth.tokens.length === 0) ctx.addIssue({ code: "custom", path: ["tokens"], message: "needs at least one token when auth.mode is tokens" });
    if (auth.mode === "trusted-header" && !auth.trustedHeader) ctx.addIssue({ code: "custom", path: ["trustedHeader"], message: "is required when auth.mode is trusted-header" });
  });

export type AuthConfig = z.output<typeof authConfigSchema>;
