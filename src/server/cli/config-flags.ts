import type { KokiConfig } from "../config/config-schema";
import { loadConfig } from "../config/load-config";
import type { EnvName } from "../config/env-mapping";
import type { ParsedValues } from "./command";
import { UsageError } from "./usage-error";

/** Flags that stand for an environment variable; a flag wins over the environment, which wins over the file. */
const FLAG_ENV = { config: "KOKI_CONFIG", port: "KOKI_PORT", host: "KOKI_HOST" } as const satisfies Record<string, EnvName | "KOKI_CONFIG">;

/** Loads the gateway config with the given flags (`--config`, `--port`, `--host`) on top of the environment. */
export function loadConfigWithFlags(values: ParsedValues, env: NodeJS.ProcessEnv = process.env): KokiConfig {
  const merged = { ...env };
  const givenAs: Partial<Record<EnvName, string>> = {};
  for (const [flag, name] of Object.entries(FLAG_ENV)) {
    const value = values[flag];
    if (typeof value !== "string") continue;
    // loadConfig skips empty variables; an empty flag is a mistake, not "unset".
    if (value.trim() === "") throw new UsageError(`Option --${flag} needs a value.`);
    merged[name] = value;
    if (name !== "KOKI_CONFIG") givenAs[name] = `option --${flag}`;
  }
  return loadConfig(merged, givenAs);
}
