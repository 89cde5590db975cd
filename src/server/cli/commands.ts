import { checkCommand } from "./check";
import type { Command } from "./command";
import { fristCommand } from "./frist";
import { serveCommand } from "./serve";

/** Every `koki` subcommand, in the order `koki help` lists them. Add new commands here. */
export const COMMANDS: readonly Command[] = [serveCommand, checkCommand, fristCommand];
