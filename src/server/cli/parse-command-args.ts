import { parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import type { Command, ParsedValues } from "./command";
import { UsageError } from "./usage-error";

export type ParsedArgs = { help: true } | { help: false; values: ParsedValues; positionals: string[] };

/** "--jsn" → "--json": only a near miss is suggested, never a guess. */
export function suggestion(typed: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(typed, known);
  return distance(typed, best) <= (best.length >= 4 ? 2 : 1) ? best : undefined;
}

/** Parses a command's arguments strictly; `--help` anywhere wins. Throws UsageError with a plain message. */
export function parseCommandArgs(command: Command, args: string[]): ParsedArgs {
  const options = { ...command.options, help: { type: "boolean", short: "h" } } as const;
  // A lenient pass first, to find --help and to name an unknown flag as it was typed.
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === "option" && token.name === "help")) return { help: true };
  for (const token of tokens) {
    if (token.kind !== "option" || Object.hasOwn(options, token.name)) continue;
    // "-port" arrives as the short flags p, o, r, t: name the whole word.
    const typed = args[token.index]!.split("=")[0]!;
    const near = suggestion(typed.replace(/^-+/u, ""), Object.keys(command.options));
    throw new UsageError(`Unknown option ${typed}.${near ? ` Did you mean --${near}?` : ""}`);
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: command.allowPositionals, strict: true });
    return { help: false, values, positionals };
  } catch (error) {
    // node:util's own messages ("Option '--port <value>' argument missing") are clear enough.
    throw new UsageError((error as Error).message);
  }
}
