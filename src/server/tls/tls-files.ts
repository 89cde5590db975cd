import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import type { KokiConfig } from "../config/config-schema";
import { ConfigError } from "../config/load-config";

export interface TlsFiles {
  key: string;
  cert: string;
  /** Where the pair came from, for the start-up log. */
  source: string;
}

/** The part of a pino logger the certificate choice needs. */
export interface TlsLogger {
  info(fields: Record<string, unknown>, message: string): void;
}

function readPair(certPath: string, keyPath: string): { cert: string; key: string } {
  try {
    return { cert: readFileSync(certPath, "utf8"), key: readFileSync(keyPath, "utf8") };
  } catch (error) {
    throw new ConfigError(`Cannot read TLS certificate or key (${certPath}, ${keyPath}): ${(error as Error).message}`);
  }
}

/** office-addin-dev-certs keeps a CA-signed localhost pair here, trusted once installed. */
function devCertsPair(): { cert: string; key: string } | undefined {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const cert = join(dir, "localhost.crt");
  const key = join(dir, "localhost.key");
  return existsSync(cert) && existsSync(key) ? readPair(cert, key) : undefined;
}

async function selfSignedPair(dataDir: string, log: TlsLogger): Promise<{ cert: string; key: string; path: string }> {
  const dir = join(dataDir, "tls");
  const certPath = join(dir, "localhost.crt");
  const keyPath = join(dir, "localhost.key");
  if (existsSync(certPath) && existsSync(keyPath)) return { ...readPair(certPath, keyPath), path: dir };
  log.info({ dir }, "Creating a self-signed localhost certificate");
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 2);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(certPath, pems.cert, { mode: 0o644 });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, path: dir };
}

export function defaultDataDir(config: KokiConfig): string {
  return config.dataDir ?? join(homedir(), ".koki");
}

/**
 * Picks the certificate: the configured pair, else office-addin-dev-certs'
 * trusted localhost pair, else a self-signed pair made on first start.
 * Returns undefined when TLS is off (behind a TLS-terminating proxy).
 */
export async function resolveTls(config: KokiConfig, log: TlsLogger): Promise<TlsFiles | undefined> {
  const tls = config.server.tls;
  if (!tls.enabled) return undefined;
  if (tls.cert && tls.key) return { ...readPair(tls.cert, tls.key), source: tls.cert };
  const dev = devCertsPair();
  if (dev) return { ...dev, source: "~/.office-addin-dev-certs (office-addin-dev-certs)" };
  const own = await selfSignedPair(defaultDataDir(config), log);
  return { cert: own.cert, key: own.key, source: `${own.path} (self-signed)` };
}
