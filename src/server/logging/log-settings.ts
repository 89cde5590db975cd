import pino, { type DestinationStream, type LevelWithSilent } from "pino";
import pinoPretty from "pino-pretty";
import { ConfigError } from "../config/load-config";

const LEVELS: readonly LevelWithSilent[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof FORMATS)[number];

export interface LogSettings {
  level: LevelWithSilent;
  format: LogFormat;
  /** One stream for the boot logger and the app's, so their lines stay in order. */
  stream: DestinationStream;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`Invalid KoKI configuration:\n- environment variable ${name}: "${raw}" is not one of ${allowed.join(", ")}`);
}

/**
 * Log level and format from KOKI_LOG_LEVEL and KOKI_LOG_FORMAT: readable lines on a terminal,
 * JSON lines (for journald, Loki, ELK) when stdout is not one or KOKI_LOG_FORMAT=json.
 */
export function logSettings(env: NodeJS.ProcessEnv = process.env, isTerminal = process.stdout.isTTY === true): LogSettings {
  const level = env.KOKI_LOG_LEVEL ? oneOf("KOKI_LOG_LEVEL", env.KOKI_LOG_LEVEL, LEVELS) : "info";
  const format = env.KOKI_LOG_FORMAT ? oneOf("KOKI_LOG_FORMAT", env.KOKI_LOG_FORMAT, FORMATS) : isTerminal ? "pretty" : "json";
  // JSON goes out as pino's default (asynchronous, flushed on exit); a terminal gets synchronous lines.
  const stream =
    format === "pretty"
      ? pinoPretty({ colorize: isTerminal, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", singleLine: true, sync: true })
      : pino.destination(1);
  return { level, format, stream };
}

/** A logger for what happens before the Fastify app (and its logger) exists. */
export function bootLogger(settings: LogSettings): pino.Logger {
  return pino({ level: settings.level }, settings.stream);
}
