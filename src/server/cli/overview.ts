import type { Command } from "./command";

/** The text of `koki help`: every command from the table with its one-line summary. */
export function overview(commands: readonly Command[]): string {
  const rows = [
    ...commands.map((command) => [command.name, command.summary] as const),
    ["help", 'This overview, or a command\'s help ("koki help check").'] as const,
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 3;
  return [
    "Usage: koki <command> [options]",
    "",
    "Commands:",
    ...rows.map(([name, summary]) => `  ${name.padEnd(width)}${summary}`),
    "",
    "Options:",
    "  -h, --help      Help; after a command, that command's help (koki serve --help).",
    "  -v, --version   KoKI's version.",
    "",
    "Configuration comes from a JSON or YAML file (KOKI_CONFIG) and from environment",
    "variables (KOKI_PORT, KOKI_LLM_BASE_URL, KOKI_LLM_MODEL, ...), which win over the",
    "file. Every key: docs/CONFIG.md.",
  ].join("\n");
}
