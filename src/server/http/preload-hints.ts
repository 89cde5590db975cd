import type { AuthConfig } from "../auth/auth-config-schema";

const CONFIG_PRELOAD = "</api/config>; rel=preload; as=fetch; crossorigin=anonymous";

/**
 * The Link header for taskpane.html. Where the pane's config request needs no
 * token from the pane (no sign-in, or a proxy that adds the user), the page
 * asks the browser to fetch /api/config while the scripts load; the pane's own
 * request then takes this answer. With Entra sign-in the request needs a
 * token, so there is no hint.
 */
export function configPreload(mode: AuthConfig["mode"]): string | undefined {
  return mode === "none" || mode === "trusted-header" ? CONFIG_PRELOAD : undefined;
}
