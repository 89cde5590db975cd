import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import type { TLSSocket } from "node:tls";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "koki.js");

beforeAll(() => {
  if (!existsSync(join(ROOT, "build", "server", "cli.js"))) throw new Error('Run "npm run build" before these tests (npm test does).');
});

/** Starts `koki serve` with a clean HOME and waits for its "running" log line. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: string[] }> {
  const home = mkdtempSync(join(tmpdir(), "koki-home-"));
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { PATH: process.env.PATH!, HOME: home, KOKI_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output.push(data.toString());
      const match = output.join("").match(/KoKI is running: (\S+)\/taskpane\.html/);
      if (match) resolve({ child, url: match[1]!, output });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`koki exited with ${code}: ${output.join("")}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

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
      expect(await stop(first.child)).toBe(0);
    }
    // The second start reuses the same certificate.
    const second = await serve({ KOKI_DATA_DIR: dataDir });
    try {
      const again = await httpsGet(`${second.url}/api/health`);
      expect(second.output.join("")).not.toMatch(/Creating a self-signed/);
      expect(again.cert.fingerprint256).toBeDefined();
    } finally {
      await stop(second.child);
    }
  });

  test("KOKI_TLS=off serves plain HTTP for a TLS-terminating proxy", async () => {
    const { child, url } = await serve({ KOKI_TLS: "off" });
    try {
      expect(url).toMatch(/^http:\/\//);
      expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: "ok" });
    } finally {
      await stop(child);
    }
  });

  test("a config mistake stops the start with the file, the key and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-bad-"));
    const file = join(dir, "koki.yaml");
    writeFileSync(file, "llm:\n  baseUrl: http://localhost:11434/v1\n");
    const result = spawnSync(process.execPath, [BIN, "serve"], { env: { PATH: process.env.PATH!, KOKI_CONFIG: file }, encoding: "utf8" });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`${file}, key "llm.model"`);
  });

  test("help and unknown commands", () => {
    expect(spawnSync(process.execPath, [BIN, "help"], { encoding: "utf8" }).stdout).toMatch(/koki serve|serve\s+Start/);
    const unknown = spawnSync(process.execPath, [BIN, "frobnicate"], { encoding: "utf8" });
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
  });
});

describe("koki check", () => {
  const SAMPLE = join(ROOT, "test", "fixtures", "anhoerung-wohngeld.txt");

  test("shows a low score with concrete findings for the hearing letter", () => {
    const result = spawnSync(process.execPath, [BIN, "check", SAMPLE], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Der Text ist (sehr )?schwer zu lesen/);
    expect(result.stdout).toMatch(/^Passiv \(\d+\)$/m);
    expect(result.stdout).toMatch(/^Lange Sätze \(\d+\)$/m);
    expect(result.stdout).toMatch(/^Amtsdeutsch \(\d+\)$/m);
    expect(result.stdout).toContain("Amtsdeutsch: „seitens der hiesigen Behörde“. Einfacher: „wir“.");
  });

  test("--json gives the named metrics and findings with offsets; stdin works", () => {
    const result = spawnSync(process.execPath, [BIN, "check", "--json"], { input: "Ihr Antrag wird geprüft. Wir melden uns.", encoding: "utf8" });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const name of ["fleschAmstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix", "smogDe", "sentences", "words", "syllables"]) {
      expect(typeof report.metrics[name]).toBe("number");
    }
    expect(report.metrics).toMatchObject({ sentences: 2, words: 7 });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: "passive", start: 11, end: 15, text: "wird" }));
  });

  test("a missing file is named", () => {
    const result = spawnSync(process.execPath, [BIN, "check", "/nonexistent/brief.txt"], { encoding: "utf8" });
    expect(result.status).toBe(66);
    expect(result.stderr).toContain("Cannot read /nonexistent/brief.txt");
  });
});

describe("koki check with the admin's lexicon", () => {
  test("terms from KOKI_CONFIG are found", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-lexicon-"));
    const file = join(dir, "koki.yaml");
    writeFileSync(file, "readability:\n  lexicon:\n    - term: Hausmitteilung\n      alternatives: [interne Nachricht]\n");
    const result = spawnSync(process.execPath, [BIN, "check"], {
      input: "Lesen Sie die Hausmitteilung.",
      encoding: "utf8",
      env: { PATH: process.env.PATH!, KOKI_CONFIG: file },
    });
    expect(result.stdout).toContain("Amtsdeutsch: „Hausmitteilung“. Einfacher: „interne Nachricht“.");
  });
});
