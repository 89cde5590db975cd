import type { AuthConfig } from "../auth/auth-config-schema";

const CONFIG_PRELOAD = "</api/config>; rel=preload; as=fetch; crossorigin=anonymous";

/**
 * The Link header for a file of the built pane. Where the pane's config
 * request needs no token from the pane (no sign-in, or a proxy that adds the
 * user), taskpane.html asks the browser to fetch /api/config while the
 * scripts load; the pane's own request then takes this answer. With Entra
 * sign-in the request needs a token, so there is no hint. `path` may be a
 * pre-compressed copy.
 */
export function preloadLink(path: string, mode: AuthConfig["mode"]): string | undefined {
  if (mode !== "none" && mode !== "trusted-header") return undefined;
  return /(^|[\\/])taskpane\.html(\.br|\.gz)?$/u.test(path) ? CONFIG_PRELOAD : undefined;
}
