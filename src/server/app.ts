import { existsSync } from "node:fs";
import { join } from "node:path";
import cors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { TaskDefinition } from "../core/tasks";
import type { KokiConfig } from "./config/config-schema";
import { registerErrorHandling } from "./http/error-handler";
import { assetCacheControl } from "./http/asset-cache";
import { registerPanePage } from "./http/pane-page";
import { pageConfig } from "./http/page-config";
import { registerSecurityHeaders } from "./http/security-headers";
import type { Backend } from "./llm/backend";
import { FairLimiter } from "./llm/fair-limiter";
import { limitedBackend } from "./llm/limited-backend";
import { createBackend } from "./llm/openai-backend";
import rateLimit from "@fastify/rate-limit";
import { authInfo } from "./auth/auth-info";
import { createAuthenticator } from "./auth/authenticator";
import { registerAuth } from "./auth/register-auth";
import { DailyQuota } from "./limits/daily-quota";
import { GatewayMetrics } from "./metrics/gateway-metrics";
import { registerMetrics } from "./routes/metrics";
import { UsageLog } from "./usage/usage-log";
import { taskAccess } from "./auth/task-access";
import { clientConfigFor, clientConfigRoutes } from "./routes/client-config";
import { healthRoutes } from "./routes/health";
import { readyRoutes } from "./routes/ready";
import { runRoutes } from "./routes/runs";
import { RunRegistry } from "./runs/run-registry";
import { taskCatalog } from "./tasks/task-catalog";

declare module "fastify" {
  interface FastifyInstance {
    /** Running streams, for a graceful shutdown. */
    runs: RunRegistry;
  }
}

export interface AppOptions {
  config: KokiConfig;
  /** Replaces the backend built from config (tests inject their own). */
  backend?: Backend;
  tasks?: readonly TaskDefinition[];
  https?: { key: string; cert: string };
  logger?: FastifyServerOptions["logger"];
}

/** The built task pane: dist/ beside the package, unless configured. */
export function staticDir(config: KokiConfig): string {
  return config.server.staticDir ?? join(__dirname, "..", "..", "dist");
}

/** Every byte a run request may have: the text limit as UTF-8 plus room for JSON. */
function bodyLimit(maxInputChars: number): number {
  return Math.max(1024 * 1024, maxInputChars * 4 + 64 * 1024);
}

/** Builds the gateway. server.ts listens; tests call this and listen on port 0. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const maxInputChars = config.limits.maxInputChars;
  const app = Fastify({
    // Request logs carry no headers by default; should a serializer ever add them, credentials stay out.
    logger:
      typeof options.logger === "object"
        ? { redact: { paths: ["req.headers.authorization", "req.headers.cookie", 'req.headers["x-forwarded-user"]'], censor: "[redacted]" }, ...options.logger }
        : (options.logger ?? false),
    bodyLimit: bodyLimit(maxInputChars),
    ...(options.https ? { https: options.https } : {}),
    // The https option changes Fastify's server type; routes only need the common instance type.
  }) as unknown as FastifyInstance;

  const backend = options.backend ?? createBackend(config.llm);
  const tasks = options.tasks ?? taskCatalog(config);

  registerErrorHandling(app, maxInputChars);
  const signInOrigin = config.auth.client ? new URL(config.auth.client.authority).origin : undefined;
  registerSecurityHeaders(app, signInOrigin);
  const authenticate = createAuthenticator(config.auth);
  registerAuth(app, config.auth, authenticate);
  const access = taskAccess(config);
  const configFor = clientConfigFor({
    tasks,
    access,
    backend,
    limits: { maxInputChars, confirmDocumentWords: config.limits.confirmDocumentWords },
    insert: config.insert,
    privacy: {
      allowList: config.privacy.allowList,
      fileNumberPatterns: config.privacy.fileNumberPatterns,
      ...(config.privacy.notice ? { notice: config.privacy.notice } : {}),
    },
    lexicon: config.readability.lexicon,
  });
  // The API speaks JSON only; anything else is refused with 415.
  app.removeContentTypeParser("text/plain");
  await app.register(cors, { origin: config.server.corsOrigins.length > 0 ? config.server.corsOrigins : false });

  const root = staticDir(config);
  if (existsSync(root)) {
    // preCompressed: the build's .br/.gz copies go to browsers that accept them (Vary keeps shared caches apart).
    await app.register(fastifyStatic, {
      root,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        response.setHeader("cache-control", assetCacheControl(path));
        response.setHeader("vary", "Accept-Encoding");
      },
    });
    // The page itself, with the sign-in settings and, where it can, the user's config in it (its own route wins over the static files).
    registerPanePage(app, root, { authInfo: authInfo(config.auth), config: pageConfig(config.auth.mode, authenticate, configFor), signInOrigin });
    app.get("/", (_request, reply) => reply.redirect("/taskpane.html"));
  } else {
    app.log.warn(`No built task pane in ${root}. Run "npm run build" first.`);
  }

  await app.register(healthRoutes);
  await app.register(clientConfigRoutes, { configFor });
  const settings = {
    contextTokens: config.llm.contextTokens,
    parallelChunks: config.llm.parallelChunks,
    maxRevisions: config.plainLanguage.maxRevisions,
    sentenceTargets: config.plainLanguage.targets,
  };
  // One limiter for all users: it protects the GPU server and queues fairly.
  const limiter = new FairLimiter(config.llm.maxConcurrent);
  const metrics = new GatewayMetrics(limiter);
  registerMetrics(app, metrics, config.metrics.enabled);
  const limited = limitedBackend(backend, limiter, {
    queued: (ms) => metrics.queueWait.observe(ms / 1000),
    firstChunk: (ms) => metrics.backendFirstToken.observe(ms / 1000),
    finished: (ms, outcome) => metrics.backendDuration.observe({ outcome }, ms / 1000),
  });
  const usage = new UsageLog(config.usage);
  app.addHook("onClose", () => usage.close());
  const registry = new RunRegistry();
  app.decorate("runs", registry);
  await app.register(rateLimit, { global: false });
  await app.register(runRoutes, {
    tasks,
    access,
    backend: limited,
    settings,
    maxInputChars,
    heartbeatMs: config.server.heartbeatMs,
    registry,
    quota: new DailyQuota(config.limits.charsPerDay, config.limits.timeZone),
    requestsPerMinute: config.limits.requestsPerMinute,
    allowList: config.privacy.allowList,
    recording: { metrics, usage, model: config.llm.model },
  });
  await app.register(readyRoutes, { backend });
  return app;
}
