import type { FastifyRequest } from "fastify";
import type { ClientConfig } from "../../core/protocol";
import type { AuthConfig } from "../auth/auth-config-schema";
import type { Authenticator } from "../auth/authenticator";
import type { ClientConfigFor } from "../routes/client-config";
import { GatewayError } from "./gateway-error";

/** The config for the user of a page request, where the page can carry it (http/pane-page.ts). */
export type PageConfig = (request: FastifyRequest) => Promise<ClientConfig | undefined>;

/**
 * Where the page request itself says who the user is (no sign-in, or a proxy
 * that adds the user to every request), taskpane.html carries the user's
 * config, and the pane need not ask GET /api/config while it starts. With
 * Entra sign-in only the pane's token says who the user is, so the pane asks
 * once it has one. A page request that does not say who it is gets the page
 * without the config: the pane then asks and shows the sign-in error it gets.
 */
export function pageConfig(mode: AuthConfig["mode"], authenticate: Authenticator, configFor: ClientConfigFor): PageConfig | undefined {
  if (mode !== "none" && mode !== "trusted-header") return undefined;
  return async (request) => {
    try {
      return configFor(await authenticate(request));
    } catch (error) {
      if (error instanceof GatewayError) return undefined;
      throw error;
    }
  };
}
