import type { FastifyInstance } from "fastify";
import type { AuthConfig } from "../auth/auth-config-schema";

/**
 * Where the pane's config request needs no token from the pane (no sign-in,
 * or a proxy that adds the user), the browser may fetch /api/config while
 * the scripts load. The pane's own request then takes this answer. With
 * Entra sign-in the request needs a token, so there is no hint.
 */
export function registerPreloadHints(app: FastifyInstance, mode: AuthConfig["mode"]): void {
  if (mode !== "none" && mode !== "trusted-header") return;
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.split("?")[0] === "/taskpane.html") reply.header("link", "</api/config>; rel=preload; as=fetch; crossorigin=anonymous");
    return payload;
  });
}
