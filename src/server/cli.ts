import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "./config/load-config";
import { checkCommand } from "./readability/check-command";
import { startServer } from "./server";

const USAGE = `Usage: koki <command>

Commands:
  serve                  Start the KoKI gateway and serve the add-in.
  check [--json] FILE…   Readability scores and findings for German texts
                         (no FILE or "-": read standard input).
  help                   Show this help.

Configuration comes from the environment (KOKI_PORT, KOKI_HOST, KOKI_TLS,
KOKI_TLS_CERT, KOKI_TLS_KEY, KOKI_LLM_BASE_URL, KOKI_LLM_API_KEY,
KOKI_LLM_MODEL, ...) and from a JSON or YAML file named by KOKI_CONFIG.
See README.md.`;

/** Entry of the `koki` command. Returns the process exit code for commands that finish. */
export async function main(argv: string[]): Promise<number | undefined> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" }, json: { type: "boolean" } },
  });
  if (values.version) {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    console.log(version);
    return 0;
  }
  const command = positionals[0] ?? "help";
  if (values.help || command === "help") {
    console.log(USAGE);
    return 0;
  }
  if (command === "check") return checkCommand(positionals.slice(1), values.json === true);
  if (command === "serve") {
    try {
      await startServer();
      return undefined;
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(error.message);
        return 78; // EX_CONFIG
      }
      throw error;
    }
  }
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  return 64; // EX_USAGE
}
