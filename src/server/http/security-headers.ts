import type { FastifyInstance } from "fastify";

/**
 * The pane may load scripts only from itself and Microsoft's Office.js CDN (and
 * run the inline scripts whose hashes the page route names, `scriptHashes`),
 * and talk only to its own gateway. Fluent UI still inserts style elements at run time
 * (FluentProvider's own rule; 'unsafe-inline' for styles); the readability worker compiles the syllable
 * patterns ('wasm-unsafe-eval'). No frame-ancestors: Office on the web frames
 * the pane from several Microsoft origins. With Entra sign-in, the sign-in
 * dialog may also talk to the identity provider (`signInOrigin`).
 */
export function contentSecurityPolicy(signInOrigin?: string, scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self' https://appsforoffice.microsoft.com 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${signInOrigin ? ` ${signInOrigin}` : ""}`,
    // Office.js's telemetry iframe is external too, and stays blocked.
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export function registerSecurityHeaders(app: FastifyInstance, signInOrigin?: string): void {
  const policy = contentSecurityPolicy(signInOrigin);
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    if (request.url.startsWith("/api/")) {
      reply.header("cache-control", reply.getHeader("cache-control") ?? "no-store");
    } else if (!reply.hasHeader("content-security-policy")) {
      // The page route sends its own, with its inline scripts' hashes.
      reply.header("content-security-policy", policy);
    }
    return payload;
  });
}
