import type { Command } from "./command";
import { loadConfigWithFlags } from "./config-flags";

export const serveCommand: Command = {
  name: "serve",
  summary: "Start the KoKI gateway and serve the add-in.",
  help: `Usage: koki serve [--port PORT] [--host ADDRESS] [--config FILE]

Starts the KoKI gateway: serves the add-in over HTTPS, keeps the backend key,
and streams results from the language model.

Options:
  --port PORT       TCP port (default 3000; KOKI_PORT, server.port).
  --host ADDRESS    Address to listen on (default 127.0.0.1; 0.0.0.0 for all;
                    KOKI_HOST, server.host).
  --config FILE     JSON or YAML config file (KOKI_CONFIG).
  -h, --help        This help.

A flag wins over the environment, which wins over the config file. Every key
and variable: docs/CONFIG.md.

Logs: readable lines on a terminal, JSON lines otherwise. KOKI_LOG_FORMAT=json
or pretty and KOKI_LOG_LEVEL (fatal, error, warn, info, debug, trace, silent)
choose. Logs never contain texts.

Exit codes: 78 a configuration mistake (the message names the source, the key
and the problem), 64 wrong usage.

Examples:
  koki serve
  koki serve --port 8443 --host 0.0.0.0 --config /etc/koki/koki.yaml
  KOKI_LLM_BASE_URL=http://localhost:11434/v1 KOKI_LLM_MODEL=llama3.1 koki serve`,
  options: { port: { type: "string" }, host: { type: "string" }, config: { type: "string" } },
  allowPositionals: false,
  async run({ values }) {
    // Both throw ConfigError (exit 78) before anything listens. The gateway loads only for this command.
    const config = loadConfigWithFlags(values);
    const [{ startServer }, { logSettings }] = await Promise.all([import("../server.js"), import("../logging/log-settings.js")]);
    await startServer(config, logSettings());
    return undefined;
  },
};
