import type { FastifyPluginAsync } from "fastify";
import type { Backend } from "../llm/backend";

/** Readiness for load balancers: 200 when the backend answers, 503 otherwise. Liveness is /api/health. */
export const readyRoutes: FastifyPluginAsync<{ backend: Pick<Backend, "configured" | "ready"> }> = async (app, { backend }) => {
  app.get("/api/ready", async (_request, reply) => {
    if (!backend.configured) return reply.status(503).send({ status: "not_ready", reason: "backend_not_configured" });
    if (!(await backend.ready())) return reply.status(503).send({ status: "not_ready", reason: "backend_unreachable" });
    return { status: "ready" };
  });
};
