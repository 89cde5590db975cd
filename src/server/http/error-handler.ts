import type { FastifyError, FastifyInstance } from "fastify";
import { GatewayError } from "./gateway-error";

/** Maps Fastify's own request errors (body parsing, size) to our codes. */
function fromFastifyError(error: FastifyError, maxInputChars: number): GatewayError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new GatewayError(
        "text_too_long",
        413,
        `Die Anfrage ist zu groß. KoKI nimmt höchstens ${maxInputChars.toLocaleString("de-DE")} Zeichen an. Bitte markieren Sie einen kürzeren Abschnitt.`,
      );
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new GatewayError("invalid_request", 415, "Die Anfrage muss JSON sein (Content-Type: application/json).");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new GatewayError("invalid_request", 400, "Die Anfrage ist leer. Erwartet wird JSON mit den Feldern „task“ und „text“.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new GatewayError("invalid_request", 400, "Die Anfrage ist kein gültiges JSON.");
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new GatewayError("invalid_request", 400, "Die Anfrage ist kein gültiges JSON.");
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new GatewayError("invalid_request", error.statusCode);
  }
  return undefined;
}

/**
 * One error handler for every route: typed errors keep their code, request
 * errors get a code, and anything else becomes a 500 without internals.
 * Only the error (never the request body) is logged.
 */
export function registerErrorHandling(app: FastifyInstance, maxInputChars: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof GatewayError ? error : fromFastifyError(error, maxInputChars);
    const gatewayError = known ?? new GatewayError("internal", 500);
    if (!known) request.log.error({ err: error }, "unhandled error");
    if (gatewayError.retryAfterSeconds !== undefined) reply.header("retry-after", String(gatewayError.retryAfterSeconds));
    // RFC 6750: a 401 names the scheme; the reason stays in the log.
    if (gatewayError.status === 401) reply.header("www-authenticate", 'Bearer error="invalid_token"');
    return reply.status(gatewayError.status).send({ error: gatewayError.toBody() });
  });

  app.setNotFoundHandler((_request, reply) => {
    const error = new GatewayError("not_found", 404);
    return reply.status(404).send({ error: error.toBody() });
  });
}
