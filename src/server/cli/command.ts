// src/server/cli/command.ts — one subcommand of `koki`, with its own flags and help.
import type { ParseArgsConfig } from "node:util";

export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  /** The word after `koki`, e.g. "check". */
  name: string;
  /** One line for `koki help`. */
  summary: string;
  /** The whole text `koki NAME --help` prints (usage line, flags, examples). */
  help: string;
  /** node:util parseArgs options; parsed strictly, so unknown or misspelt flags are refused. `--help` is added by the dispatcher. */
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  /** Returns the exit code, or undefined for a command that keeps running (serve). */
  run(args: { values: ParsedValues; positionals: string[] }): Promise<number | undefined>;
}
