import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import type { TLSSocket } from "node:tls";
import { BIN, ROOT, logLines, requireBuild, startKoki, stopKoki } from "../helpers/koki-process";

beforeAll(requireBuild);

/** Starts `koki serve` with a clean HOME on a free port. */
const serve = (env: Record<string, string>, args: string[] = []) =>
  startKoki({ HOME: mkdtempSync(join(tmpdir(), "koki-home-")), KOKI_PORT: "0", ...env }, args);

const koki = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH!, HOME: mkdtempSync(join(tmpdir(), "koki-home-")), ...env },
    encoding: "utf8",
    timeout: 30_000,
  });

function httpsGet(url: string): Promise<{ status: number; body: string; cert: X509Certificate }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      const cert = new X509Certificate((res.socket as TLSSocket).getPeerCertificate().raw);
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body, cert }));
    }).on("error", reject);
  });
}

/** A port that was free a moment ago, and a server holding another. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("koki serve", () => {
  test("creates a self-signed localhost certificate on first start and serves HTTPS", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "koki-data-"));
    const first = await serve({ KOKI_DATA_DIR: dataDir });
    try {
      expect(first.url).toMatch(/^https:\/\/localhost:\d+$/);
      const health = await httpsGet(`${first.url}/api/health`);
      expect(JSON.parse(health.body)).toEqual({ status: "ok" });
      expect(health.cert.subjectAltName).toContain("DNS:localhost");
      expect(health.cert.subjectAltName).toContain("IP Address:127.0.0.1");
      expect(existsSync(join(dataDir, "tls", "localhost.key"))).toBe(true);
      const page = await httpsGet(`${first.url}/taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.body).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(first.output.join("")).toMatch(/No LLM backend configured/);
    } finally {
      expect(await stopKoki(first)).toBe(0);
    }
    // The second start reuses the same certificate.
    const second = await serve({ KOKI_DATA_DIR: dataDir });
    try {
      const again = await httpsGet(`${second.url}/api/health`);
      expect(second.output.join("")).not.toMatch(/Creating a self-signed/);
      expect(again.cert.fingerprint256).toBeDefined();
    } finally {
      await stopKoki(second);
    }
  });

  test("KOKI_TLS=off serves plain HTTP for a TLS-terminating proxy", async () => {
    const gateway = await serve({ KOKI_TLS: "off" });
    try {
      expect(gateway.url).toMatch(/^http:\/\//);
      expect(await (await fetch(`${gateway.url}/api/health`)).json()).toEqual({ status: "ok" });
    } finally {
      await stopKoki(gateway);
    }
  });

  test("boot messages are JSON lines with their data in fields when stdout is not a terminal", async () => {
    const gateway = await serve({ KOKI_TLS: "off" });
    await stopKoki(gateway);
    const output = gateway.output.join("");
    // Every line is JSON, the self-signed certificate's path and the URL are fields, not part of a sentence.
    expect(
      output
        .trim()
        .split("\n")
        .every((line) => line.startsWith("{")),
    ).toBe(true);
    const lines = logLines(output);
    const running = lines.find((line) => line.msg === "KoKI is running")!;
    expect(running).toMatchObject({
      level: 30,
      url: `${gateway.url}/taskpane.html`,
      version: JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
    });
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, tls: "off" }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, auth: "none" }));
    // KoKI's own messages carry no addresses in their text (Fastify's "Server listening at" line is its own).
    for (const line of lines.filter((entry) => !String(entry.msg).startsWith("Server listening at"))) expect(String(line.msg)).not.toContain("http");
  });

  test("KOKI_LOG_FORMAT=pretty gives readable lines, with the URL still a field of its own", async () => {
    const readyLine = (output: string) => /INFO: KoKI is running \{"url":"(http:\/\/localhost:\d+)\/taskpane\.html"/u.exec(output)?.[1];
    const gateway = await startKoki(
      { HOME: mkdtempSync(join(tmpdir(), "koki-home-")), KOKI_PORT: "0", KOKI_TLS: "off", KOKI_LOG_FORMAT: "pretty" },
      [],
      readyLine,
    );
    expect(await stopKoki(gateway)).toBe(0);
    const lines = gateway.output.join("").trim().split("\n");
    for (const line of lines) expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] (INFO|WARN): \S/u);
    expect(lines).toContainEqual(expect.stringMatching(/WARN: Sign-in is off: .* \{"auth":"none"\}$/u));
  });

  test("--port, --host and --config win over the environment; a bad value names the flag", async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "koki-flags-"));
    writeFileSync(join(dir, "koki.yaml"), "server:\n  port: 1\n  tls:\n    enabled: false\n");
    const gateway = await serve({ KOKI_PORT: "not a port", KOKI_HOST: "192.0.2.1" }, [
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--config",
      join(dir, "koki.yaml"),
    ]);
    try {
      expect(gateway.url).toBe(`http://localhost:${port}`);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      await stopKoki(gateway);
    }
    const bad = koki(["serve", "--port", "vier"]);
    expect(bad.status).toBe(78);
    expect(bad.stderr).toContain('option --port, key "server.port"');
  });

  test("a port already in use stops the start with a plain message, not a stack trace", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    try {
      const port = (holder.address() as AddressInfo).port;
      const result = koki(["serve", "--port", String(port)], { KOKI_TLS: "off" });
      expect(result.status).toBe(78);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use.`);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    } finally {
      holder.close();
    }
  });

  test("a config mistake stops the start with the file, the key and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-bad-"));
    const file = join(dir, "koki.yaml");
    writeFileSync(file, "llm:\n  baseUrl: http://localhost:11434/v1\n");
    const result = koki(["serve"], { KOKI_CONFIG: file });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`${file}, key "llm.model"`);
    const format = koki(["serve"], { KOKI_LOG_FORMAT: "xml" });
    expect(format.status).toBe(78);
    expect(format.stderr).toContain('environment variable KOKI_LOG_FORMAT: "xml" is not one of json, pretty');
  });
});

describe("the koki command line", () => {
  test("unknown and misspelt flags are refused with the command's name and a suggestion", () => {
    const misspelt = koki(["check", "--jsn", "brief.txt"]);
    expect(misspelt.status).toBe(64);
    expect(misspelt.stdout).toBe("");
    expect(misspelt.stderr).toContain("koki check: Unknown option --jsn. Did you mean --json?");
    expect(misspelt.stderr).toContain('Run "koki check --help"');
    const serveTypo = koki(["serve", "--prot", "4000"]);
    expect(serveTypo.status).toBe(64);
    expect(serveTypo.stderr).toContain("Unknown option --prot. Did you mean --port?");
    const singleDash = koki(["serve", "-port", "4000"]);
    expect(singleDash.stderr).toContain("Unknown option -port. Did you mean --port?");
    const missingValue = koki(["serve", "--port"]);
    expect(missingValue.status).toBe(64);
    expect(missingValue.stderr).toMatch(/--port.*argument missing/u);
    const stray = koki(["serve", "now"]);
    expect(stray.status).toBe(64);
    expect(stray.stderr).toContain("'now'");
    const beforeCommand = koki(["--json", "check"]);
    expect(beforeCommand.status).toBe(64);
    expect(beforeCommand.stderr).toContain("Options go after the command");
  });

  test("help lists the commands from the table; each command has its own --help; --version", () => {
    const overview = koki(["help"]);
    expect(overview.status).toBe(0);
    expect(overview.stdout).toMatch(/^ {2}serve +Start the KoKI gateway/mu);
    expect(overview.stdout).toMatch(/^ {2}check +Readability scores/mu);
    expect(koki([]).stdout).toBe(overview.stdout);
    expect(koki(["--help"]).stdout).toBe(overview.stdout);
    const checkHelp = koki(["check", "--help"]);
    expect(checkHelp.status).toBe(0);
    expect(checkHelp.stdout).toMatch(/^Usage: koki check .*--fail-under SCORE/mu);
    expect(koki(["help", "check"]).stdout).toBe(checkHelp.stdout);
    // --help wins over everything else on the line, even a misspelt flag.
    expect(koki(["serve", "--prot", "1", "-h"]).stdout).toMatch(/^Usage: koki serve \[--port PORT\]/u);
    expect(koki(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  test("unknown commands", () => {
    const unknown = koki(["frobnicate"]);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(koki(["chek"]).stderr).toContain('Unknown command "chek". Did you mean "check"?');
    expect(koki(["help", "nope"]).status).toBe(64);
  });
});
