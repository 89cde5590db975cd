import type { AuthInfo } from "../../core/protocol";
import type { AuthConfig } from "./auth-config-schema";

/** How the pane signs in: public, free of secrets. Served as GET /api/auth and inside taskpane.html. */
export function authInfo(config: AuthConfig): AuthInfo {
  return { mode: config.mode, ...(config.mode === "oidc" && config.client ? { client: config.client } : {}) };
}
