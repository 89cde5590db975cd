import { PublicClientApplication } from "@azure/msal-browser";
import type { DialogResult } from "./dialog-sign-in";

/**
 * The Office dialog's page for sign-in without nested app authentication:
 * an ordinary MSAL redirect sign-in, whose access token goes back to the
 * pane by message. Tokens are kept in memory only.
 */
async function signIn(): Promise<DialogResult> {
  const params = new URLSearchParams(window.location.search);
  const clientId = params.get("clientId") ?? sessionStorage.getItem("koki.clientId") ?? "";
  const authority = params.get("authority") ?? sessionStorage.getItem("koki.authority") ?? "";
  const scope = params.get("scope") ?? sessionStorage.getItem("koki.scope") ?? "";
  // Only the public sign-in settings survive the redirect, never a token.
  sessionStorage.setItem("koki.clientId", clientId);
  sessionStorage.setItem("koki.authority", authority);
  sessionStorage.setItem("koki.scope", scope);
  const app = new PublicClientApplication({
    auth: { clientId, authority, redirectUri: `${window.location.origin}${window.location.pathname}` },
    cache: { cacheLocation: "memoryStorage" },
  });
  await app.initialize();
  const result = await app.handleRedirectPromise();
  if (!result) {
    await app.loginRedirect({ scopes: [scope] });
    return new Promise(() => undefined); // the page navigates away
  }
  return { token: result.accessToken, expires: result.expiresOn?.getTime() ?? Date.now() + 5 * 60_000 };
}

void Office.onReady(() => {
  signIn().then(
    (result) => Office.context.ui.messageParent(JSON.stringify(result)),
    (error: unknown) => Office.context.ui.messageParent(JSON.stringify({ error: error instanceof Error ? error.name : "sign-in failed" })),
  );
});
