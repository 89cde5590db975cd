import type { AuthInfo } from "../../core/protocol";

/** Where the pane gets its access token. Tokens live in memory only, never in storage. */
export interface TokenSource {
  readonly mode: AuthInfo["mode"];
  /** undefined where the gateway needs no token from the pane (none, trusted-header). */
  getToken(refresh: boolean): Promise<string | undefined>;
}

/** Picks the token source for the gateway's auth mode; MSAL loads only where Entra sign-in is used. */
export async function createTokenSource(info: AuthInfo): Promise<TokenSource> {
  if (info.mode === "oidc" && info.client) {
    const { createMsalTokenSource } = await import(/* webpackChunkName: "auth-msal" */ "./msal-token-source");
    return createMsalTokenSource(info.client);
  }
  // tokens mode is for scripts; the pane cannot hold a static API token.
  return { mode: info.mode, getToken: async () => undefined };
}
