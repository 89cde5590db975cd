import type { FastifyPluginAsync } from "fastify";

/** Liveness: the process answers. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("/api/health", async () => ({ status: "ok" }));
};
