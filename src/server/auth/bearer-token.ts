import type { FastifyRequest } from "fastify";

/** The token from `Authorization: Bearer …`, and from nowhere else: never the query string or a cookie. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/u.exec(header) : null;
  return match?.[1];
}
