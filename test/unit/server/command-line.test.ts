import type { Command } from "../../../src/server/cli/command";
import { COMMANDS } from "../../../src/server/cli/commands";
import { loadConfigWithFlags } from "../../../src/server/cli/config-flags";
import { parseCommandArgs, suggestion } from "../../../src/server/cli/parse-command-args";
import { UsageError } from "../../../src/server/cli/usage-error";
import { ConfigError } from "../../../src/server/config/load-config";

const command = (options: Command["options"], allowPositionals = true): Command => ({
  name: "probe",
  summary: "",
  help: "",
  options,
  allowPositionals,
  run: () => Promise.resolve(0),
});

const usageError = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("no UsageError");
};

describe("parseCommandArgs", () => {
  const check = command({ json: { type: "boolean" }, "fail-under": { type: "string" } });

  test("parses values and positionals; '-' stays a positional (standard input)", () => {
    expect(parseCommandArgs(check, ["--json", "--fail-under=50,5", "a.txt", "-"])).toEqual({
      help: false,
      values: { json: true, "fail-under": "50,5" },
      positionals: ["a.txt", "-"],
    });
  });

  test("--help or -h anywhere wins, even beside an unknown flag", () => {
    expect(parseCommandArgs(check, ["--jsn", "a.txt", "-h"])).toEqual({ help: true });
    expect(parseCommandArgs(check, ["--help"])).toEqual({ help: true });
  });

  test("unknown flags are named as typed, with a near miss suggested", () => {
    expect(usageError(() => parseCommandArgs(check, ["--jsn"]))).toBe("Unknown option --jsn. Did you mean --json?");
    expect(usageError(() => parseCommandArgs(check, ["--failunder=40"]))).toBe("Unknown option --failunder. Did you mean --fail-under?");
    expect(usageError(() => parseCommandArgs(check, ["-json"]))).toBe("Unknown option -json. Did you mean --json?");
    expect(usageError(() => parseCommandArgs(check, ["--verbose"]))).toBe("Unknown option --verbose.");
  });

  test("a flag without its value, a value for a switch, and stray arguments are refused", () => {
    expect(usageError(() => parseCommandArgs(check, ["--fail-under"]))).toMatch(/--fail-under.*argument missing/u);
    expect(usageError(() => parseCommandArgs(check, ["--json=yes"]))).toMatch(/--json.*does not take an argument/u);
    expect(usageError(() => parseCommandArgs(command({}, false), ["extra"]))).toMatch(/Unexpected argument 'extra'/u);
  });
});

describe("suggestion", () => {
  test("suggests only near misses", () => {
    expect(suggestion("prot", ["port", "host", "config"])).toBe("port");
    expect(suggestion("hots", ["port", "host", "config"])).toBe("host");
    expect(suggestion("x", ["json"])).toBeUndefined();
    expect(suggestion("serve", [])).toBeUndefined();
  });
});

describe("the command table", () => {
  test("every command has a unique name, a summary, and help that starts with its usage and names each of its flags", () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.help.startsWith(`Usage: koki ${c.name}`)).toBe(true);
      for (const flag of Object.keys(c.options)) expect([c.name, c.help.includes(`--${flag}`)]).toEqual([c.name, true]);
    }
  });
});

describe("loadConfigWithFlags", () => {
  test("a flag wins over the environment, and a mistake names the flag", () => {
    expect(loadConfigWithFlags({ port: "8080", host: "::1" }, { KOKI_PORT: "9000", KOKI_HOST: "127.0.0.1" }).server).toMatchObject({ port: 8080, host: "::1" });
    expect(loadConfigWithFlags({}, { KOKI_PORT: "9000" }).server.port).toBe(9000);
    expect(() => loadConfigWithFlags({ port: "acht" }, {})).toThrow(ConfigError);
    expect(() => loadConfigWithFlags({ port: "acht" }, {})).toThrow('option --port, key "server.port"');
    expect(() => loadConfigWithFlags({ port: " " }, {})).toThrow(UsageError);
    expect(() => loadConfigWithFlags({ config: "/nonexistent/koki.yaml" }, {})).toThrow("Cannot read config file /nonexistent/koki.yaml");
  });
});
