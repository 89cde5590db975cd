import type { FastifyInstance } from "fastify";
import type { GatewayMetrics } from "../metrics/gateway-metrics";

/** GET /metrics for Prometheus, and a request counter by route pattern (never the URL, which could hold data). */
export function registerMetrics(app: FastifyInstance, metrics: GatewayMetrics, serve: boolean): void {
  app.addHook("onResponse", async (request, reply) => {
    metrics.httpRequests.inc({ route: request.routeOptions.url ?? "unmatched", status: String(reply.statusCode) });
  });
  if (!serve) return;
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
