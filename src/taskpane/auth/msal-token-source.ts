import { InteractionRequiredAuthError, createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { AuthInfo } from "../../core/protocol";
import { tokenViaDialog } from "./dialog-sign-in";
import type { TokenSource } from "./token-source";

type Client = NonNullable<AuthInfo["client"]>;

/**
 * Entra ID sign-in through nested app authentication: silent first, a popup
 * only when Entra asks for interaction. Where Office lacks NestedAppAuth 1.1,
 * the Office dialog runs the sign-in instead. MSAL keeps tokens in memory.
 */
export async function createMsalTokenSource(client: Client): Promise<TokenSource> {
  const request = { scopes: [client.scope] };
  if (!Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) {
    let cached: { token: string; expires: number } | undefined;
    return {
      mode: "oidc",
      async getToken(refresh) {
        if (!refresh && cached && cached.expires > Date.now() + 60_000) return cached.token;
        cached = await tokenViaDialog(client);
        return cached.token;
      },
    };
  }
  const app: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: client.clientId, authority: client.authority },
    cache: { cacheLocation: "memoryStorage" },
  });
  return {
    mode: "oidc",
    async getToken(refresh) {
      try {
        const result = await app.acquireTokenSilent({ ...request, forceRefresh: refresh });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        const result = await app.acquireTokenPopup(request);
        return result.accessToken;
      }
    },
  };
}
