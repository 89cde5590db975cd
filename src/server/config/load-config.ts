import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { configSchema, type KokiConfig } from "./config-schema";
import { ENV_KEYS, envValue, type EnvName } from "./env-mapping";

/** A configuration mistake. Its message names the source, the key and the problem. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Tree = Record<string, unknown>;

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1]!] = value;
}

function readConfigFile(file: string): Tree {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read config file ${file}: ${(error as Error).message}`);
  }
  try {
    const data: unknown = extname(file).toLowerCase() === ".json" ? JSON.parse(raw) : parseYaml(raw);
    if (data == null) return {};
    if (typeof data !== "object" || Array.isArray(data)) throw new Error("the top level must be a mapping");
    return data as Tree;
  } catch (error) {
    throw new ConfigError(`Config file ${file} is not valid ${extname(file) === ".json" ? "JSON" : "YAML"}: ${(error as Error).message}`);
  }
}

/**
 * Loads the configuration: the file named by KOKI_CONFIG (if any), then the
 * environment on top. Throws ConfigError naming where each mistake is;
 * `givenAs` names variables that came from elsewhere (a command-line flag).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, givenAs: Partial<Record<EnvName, string>> = {}): KokiConfig {
  const file = env.KOKI_CONFIG ? resolve(env.KOKI_CONFIG) : undefined;
  const tree = file ? readConfigFile(file) : {};
  const fromEnv = new Map<string, EnvName>();
  for (const [name, path] of Object.entries(ENV_KEYS) as [EnvName, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    setPath(tree, path, envValue(name, raw));
    fromEnv.set(path, name);
  }
  const result = configSchema.safeParse(tree);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join(".") || "(top level)";
    const envName = fromEnv.get(key);
    const source = envName ? (givenAs[envName] ?? `environment variable ${envName}`) : file ? `${file}` : "defaults";
    return `- ${source}, key "${key}": ${issue.message}`;
  });
  throw new ConfigError(`Invalid KoKI configuration:\n${problems.join("\n")}`);
}
