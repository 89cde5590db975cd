import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "koki.js");

/** Tests that run the `koki` command need the compiled gateway. */
export function requireBuild(): void {
  if (!existsSync(join(ROOT, "build", "server", "cli", "main.js"))) throw new Error('Run "npm run build" before these tests (npm test does).');
}

/** The log lines of a gateway whose stdout is a pipe: JSON, one object a line. */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface KokiProcess {
  child: ChildProcess;
  /** The gateway's base address, from the `url` field of its "KoKI is running" line. */
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

/** The base address from the JSON "KoKI is running" line, once that line is whole. */
export function runningUrl(output: string): string | undefined {
  const running = logLines(output.slice(0, output.lastIndexOf("\n") + 1)).find((line) => line.msg === "KoKI is running");
  return running ? String(running.url).replace(/\/taskpane\.html$/u, "") : undefined;
}

/** Starts `koki serve ARGS` with exactly `env` (and PATH) and waits until `ready` finds where it runs. */
export function startKoki(env: Record<string, string>, args: string[] = [], ready = runningUrl): Promise<KokiProcess> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { env: { PATH: process.env.PATH!, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output.push(data.toString());
      const url = ready(output.join(""));
      if (url) resolve({ child, url, output, exited });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`koki exited with ${code}: ${output.join("")}`)));
  });
}

/** Sends SIGTERM and resolves with the exit code. */
export function stopKoki(koki: KokiProcess): Promise<number | null> {
  koki.child.kill("SIGTERM");
  return koki.exited;
}
