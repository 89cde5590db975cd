import { ConfigError } from "../config/load-config";
import { packageVersion } from "../package-version";
import type { Command } from "./command";
import { COMMANDS } from "./commands";
import { EXIT } from "./exit-codes";
import { overview } from "./overview";
import { parseCommandArgs, suggestion } from "./parse-command-args";
import { UsageError } from "./usage-error";

function find(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

function refuse(message: string, helpHint: string): number {
  console.error(`${message}\n${helpHint}`);
  return EXIT.usage;
}

function unknownCommand(name: string): number {
  const near = suggestion(
    name,
    COMMANDS.map((command) => command.name),
  );
  return refuse(`Unknown command "${name}".${near ? ` Did you mean "${near}"?` : ""}`, 'Run "koki help" for the list of commands.');
}

/** `koki help [COMMAND]`: the overview, or one command's help. */
function help(name: string | undefined): number {
  if (name === undefined) {
    console.log(overview(COMMANDS));
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) return unknownCommand(name);
  console.log(command.help);
  return EXIT.ok;
}

async function runCommand(command: Command, args: string[]): Promise<number | undefined> {
  const parsed = parseCommandArgs(command, args);
  if (parsed.help) {
    console.log(command.help);
    return EXIT.ok;
  }
  return command.run(parsed);
}

/** Entry of the `koki` command (bin/koki.js). Returns the exit code, or undefined while a command keeps running. */
export async function main(argv: string[]): Promise<number | undefined> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return help(first === "help" ? rest[0] : undefined);
  if (first === "--version" || first === "-v") {
    console.log(packageVersion());
    return EXIT.ok;
  }
  if (first.startsWith("-"))
    return refuse(`Unknown option ${first}. Options go after the command, e.g. "koki check --json".`, 'Run "koki help" for the commands.');
  const command = find(first);
  if (!command) return unknownCommand(first);
  try {
    return await runCommand(command, rest);
  } catch (error) {
    if (error instanceof UsageError) return refuse(`koki ${command.name}: ${error.message}`, `Run "koki ${command.name} --help" for its options.`);
    if (error instanceof ConfigError) {
      console.error(error.message);
      return EXIT.config;
    }
    throw error;
  }
}
