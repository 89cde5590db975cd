import { z } from "zod";
import { BUILT_IN_TASKS } from "../../core/tasks";
import { authConfigSchema } from "../auth/auth-config-schema";
import { isLoopback } from "../auth/loopback";
import { tasksConfigSchema } from "./agent-schema";

/**
 * The gateway configuration. A file named by KOKI_CONFIG (JSON or YAML) uses
 * these nested keys; environment variables (see env-mapping.ts) win over it.
 */
export const configSchema = z
  .object({
    server: z
      .object({
        host: z
          .string()
          .min(1)
          .default("127.0.0.1")
          .describe("Address to listen on. 127.0.0.1 serves only this machine; 0.0.0.0 all interfaces (then sign-in is required)."),
        port: z.coerce.number().int().min(0).max(65535).default(3000).describe("TCP port."),
        tls: z
          .object({
            enabled: z.boolean().default(true).describe("Serve HTTPS. Off (KOKI_TLS=off) only behind a TLS-terminating reverse proxy."),
            cert: z
              .string()
              .min(1)
              .optional()
              .describe("PEM certificate chain file. Without cert and key, KoKI uses the office-addin-dev-certs pair or makes a self-signed one."),
            key: z.string().min(1).optional().describe("PEM private key file for server.tls.cert."),
          })
          .strict()
          .default({ enabled: true }),
        corsOrigins: z.array(z.url()).default([]).describe("Extra origins allowed to call the API from a browser (the pane itself is same-origin)."),
        staticDir: z.string().min(1).optional().describe("Folder with the built task pane; defaults to dist/ beside the package."),
        heartbeatMs: z.coerce
          .number()
          .int()
          .min(100)
          .default(15_000)
          .describe("A comment line on quiet streams (queue, slow backend), so proxies keep them open."),
        shutdownGraceMs: z.coerce
          .number()
          .int()
          .min(0)
          .default(10_000)
          .describe("On SIGTERM: how long running streams may finish before they are ended with a clear error."),
      })
      .strict()
      .default({ host: "127.0.0.1", port: 3000, tls: { enabled: true }, corsOrigins: [], heartbeatMs: 15_000, shutdownGraceMs: 10_000 }),
    llm: z
      .object({
        baseUrl: z
          .url()
          .optional()
          .describe(
            "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama) or http://gpu01:8000/v1 (vLLM). Unset: the pane runs, runs answer 503.",
          ),
        apiKey: z.string().min(1).optional().describe("Key for the backend. Stays on the gateway; never sent to the browser or logged."),
        model: z.string().min(1).optional().describe("Model name the backend serves (required with llm.baseUrl)."),
        displayName: z.string().min(1).optional().describe('Shown to users ("Sprachmodell der Stadt"); defaults to the model name.'),
        timeoutMs: z.coerce.number().int().positive().default(60_000).describe("Milliseconds to wait for the backend's response headers."),
        idleTimeoutMs: z.coerce
          .number()
          .int()
          .positive()
          .default(60_000)
          .describe("Longest silence between two chunks of a stream before the run fails with a clear error."),
        retries: z.coerce
          .number()
          .int()
          .min(0)
          .max(5)
          .default(2)
          .describe("Retries before the first byte (connection errors, 502/503/504, 429); never once text has reached the user."),
        maxRetryWaitMs: z.coerce.number().int().min(0).default(5_000).describe("A 429 whose Retry-After is longer than this is not retried but reported."),
        maxTokens: z.coerce.number().int().positive().optional().describe("Cap on the answer length in tokens."),
        streamUsage: z.boolean().default(true).describe("Ask for token usage in the stream; switch off for backends that reject stream_options."),
        contextTokens: z.coerce.number().int().min(1024).default(8192).describe("The model's context window; long texts are split to fit."),
        parallelChunks: z.coerce.number().int().min(1).max(32).default(4).describe("Chunks of one long text processed at once."),
        maxConcurrent: z.coerce
          .number()
          .int()
          .min(1)
          .max(1024)
          .default(8)
          .describe("Requests to the backend at once, for all users together; further ones wait in a fair queue."),
      })
      .strict()
      .default({
        timeoutMs: 60_000,
        idleTimeoutMs: 60_000,
        retries: 2,
        maxRetryWaitMs: 5_000,
        streamUsage: true,
        contextTokens: 8192,
        parallelChunks: 4,
        maxConcurrent: 8,
      }),
    plainLanguage: z
      .object({
        maxRevisions: z.coerce.number().int().min(0).max(3).default(1).describe("Revision passes after a plain-language result misses its targets (0: none)."),
        targets: z
          .record(z.string(), z.object({ averageWords: z.number().positive(), maxWords: z.number().int().positive() }).strict())
          .default({})
          .describe("Per task id: average and longest sentence, in words."),
      })
      .strict()
      .default({ maxRevisions: 1, targets: {} }),
    limits: z
      .object({
        maxInputChars: z.coerce
          .number()
          .int()
          .positive()
          .default(500_000)
          .describe("Longest text accepted by POST /api/runs, in characters (about 70,000 words); long texts are chunked."),
        confirmDocumentWords: z.coerce
          .number()
          .int()
          .positive()
          .default(3000)
          .describe("Above this many words, the pane asks before it sends a whole document."),
        requestsPerMinute: z.coerce.number().int().positive().default(60).describe("Runs per user and minute."),
        charsPerDay: z.coerce
          .number()
          .int()
          .positive()
          .default(1_000_000)
          .describe("Input characters per user and day (about 400 pages by default); resets at local midnight."),
        timeZone: z.string().min(1).default("Europe/Berlin").describe('Time zone of "day" for charsPerDay.'),
      })
      .strict()
      .default({ maxInputChars: 500_000, confirmDocumentWords: 3000, requestsPerMinute: 60, charsPerDay: 1_000_000, timeZone: "Europe/Berlin" }),
    usage: z
      .object({
        file: z.string().min(1).optional().describe("JSONL file for usage records (no content). Unset: no records."),
        perUser: z.boolean().default(false).describe("Add a pseudonymous user id (keyed hash). Off by default: the works council may ask for that."),
        pseudonymKey: z.string().min(16).optional().describe("Secret for the pseudonyms; without it they change on every start."),
      })
      .strict()
      .default({ perUser: false }),
    privacy: z
      .object({
        masking: z
          .enum(["off", "on", "mandatory"])
          .default("off")
          .describe(
            "Replace personal data with placeholders in the pane before sending: off, on (clerks may switch it off per run) or mandatory (the gateway refuses unmasked IBANs, e-mail addresses, phone numbers and tax IDs).",
          ),
        tasks: z
          .record(z.string(), z.enum(["off", "on", "mandatory"]))
          .default({})
          .describe("Per task id, overriding privacy.masking."),
        allowList: z.array(z.string().min(3)).default([]).describe("The office's own contact data (IBAN, phone, address, e-mail) that is never masked."),
        fileNumberPatterns: z.array(z.string().min(1)).default([]).describe("Regular expressions for file numbers (Aktenzeichen) to mask."),
        notice: z
          .object({
            de: z.string().min(1).describe("The notice in German."),
            en: z.string().min(1).describe("The notice in English."),
            url: z.url().optional().describe("Link to the full data-protection statement."),
          })
          .strict()
          .optional()
          .describe(
            "Privacy notice the pane shows once on first use ({de, en, url}): which model, where it runs, a link to the full statement. Without it the pane names the backend.",
          ),
      })
      .strict()
      .default({ masking: "off", tasks: {}, allowList: [], fileNumberPatterns: [] }),
    metrics: z
      .object({
        enabled: z.boolean().default(true).describe("GET /metrics in Prometheus format. Restrict it to the monitoring network at the proxy."),
      })
      .strict()
      .default({ enabled: true }),
    insert: z
      .object({
        defaultMode: z.enum(["replace", "replaceTracked", "insertBelow"]).default("replace").describe("The pane's first button for writing results back."),
      })
      .strict()
      .default({ defaultMode: "replace" }),
    readability: z
      .object({
        lexicon: z
          .array(z.object({ term: z.string().min(2), alternatives: z.array(z.string().min(1)).min(1), note: z.string().optional() }).strict())
          .default([])
          .describe("Extra officialese terms for the readability check, with plain alternatives."),
      })
      .strict()
      .default({ lexicon: [] }),
    /** Which built-in tasks are on, and the admin's own agents. */
    tasks: tasksConfigSchema.default({ disabled: [], agents: [], access: {} }),
    auth: authConfigSchema.default({ mode: "none", tokens: [] }),
    dataDir: z.string().min(1).optional().describe("Where KoKI keeps its generated localhost certificate. Defaults to ~/.koki."),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.llm.baseUrl && !config.llm.model) {
      ctx.addIssue({
        code: "custom",
        path: ["llm", "model"],
        message: "is required when llm.baseUrl is set (the model name the backend serves)",
      });
    }
    const builtIn = new Set(BUILT_IN_TASKS.map((task) => task.id));
    config.tasks.disabled.forEach((id, index) => {
      if (!builtIn.has(id)) ctx.addIssue({ code: "custom", path: ["tasks", "disabled", index], message: `"${id}" is not a built-in task` });
    });
    const seen = new Set<string>();
    config.tasks.agents.forEach((agent, index) => {
      const clash = (builtIn.has(agent.id) && !config.tasks.disabled.includes(agent.id)) || seen.has(agent.id);
      if (clash)
        ctx.addIssue({
          code: "custom",
          path: ["tasks", "agents", index, "id"],
          message: `"${agent.id}" is already a task; choose another id or disable the built-in one`,
        });
      seen.add(agent.id);
    });
    Object.keys(config.tasks.access).forEach((id) => {
      if (!builtIn.has(id))
        ctx.addIssue({ code: "custom", path: ["tasks", "access", id], message: `"${id}" is not a built-in task; agents list their groups themselves` });
    });
    if (config.auth.mode === "none" && !isLoopback(config.server.host)) {
      ctx.addIssue({
        code: "custom",
        path: ["auth", "mode"],
        message: `"none" (no sign-in) is allowed only on a loopback address, not on ${config.server.host}; choose oidc, tokens or trusted-header`,
      });
    }
    config.privacy.fileNumberPatterns.forEach((pattern, index) => {
      try {
        new RegExp(pattern, "u");
      } catch {
        ctx.addIssue({ code: "custom", path: ["privacy", "fileNumberPatterns", index], message: "is not a valid regular expression" });
      }
    });
    const { cert, key } = config.server.tls;
    if (Boolean(cert) !== Boolean(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["server", "tls", cert ? "key" : "cert"],
        message: "set both server.tls.cert and server.tls.key, or neither",
      });
    }
  });

export type KokiConfig = z.output<typeof configSchema>;
export type KokiConfigInput = z.input<typeof configSchema>;
