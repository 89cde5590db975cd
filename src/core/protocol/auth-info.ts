import { z } from "zod/mini";

/** GET /api/auth: how the pane signs in. Public, and free of secrets. */
export const authInfoSchema = z.object({
  mode: z.enum(["none", "oidc", "tokens", "trusted-header"]),
  /** For Entra ID sign-in (oidc): the pane's app registration and the gateway's API scope. */
  client: z.optional(z.object({ clientId: z.string(), authority: z.string(), scope: z.string() })),
});
export type AuthInfo = z.infer<typeof authInfoSchema>;
