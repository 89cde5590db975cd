import { createHmac, randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { dirname } from "node:path";

/** One line of the usage file: no text, no names, no addresses. */
export interface UsageRecord {
  task: string;
  model?: string;
  outcome: string;
  inputChars: number;
  inputTokens?: number;
  outputTokens?: number;
  queueMs: number;
  durationMs: number;
}

export interface UsageConfig {
  /** JSONL file to append to; no file, no records. */
  file?: string;
  /** Include a pseudonymous user id. Off by default, so usage cannot track individual staff. */
  perUser: boolean;
  /** Secret for the keyed hash; without one, a random key per start (pseudonyms change on restart). */
  pseudonymKey?: string;
}

/** Appends usage records as JSON lines, for reports without content. */
export class UsageLog {
  private readonly stream?: WriteStream;
  private readonly key: Buffer;

  constructor(private readonly config: UsageConfig) {
    this.key = config.pseudonymKey ? Buffer.from(config.pseudonymKey) : randomBytes(32);
    if (config.file) {
      mkdirSync(dirname(config.file), { recursive: true });
      this.stream = createWriteStream(config.file, { flags: "a" });
    }
  }

  /** A keyed hash (HMAC-SHA-256): stable for one user, not reversible without the key. */
  pseudonym(userId: string): string {
    return createHmac("sha256", this.key).update(userId).digest("hex").slice(0, 16);
  }

  record(userId: string, record: UsageRecord): void {
    if (!this.stream) return;
    const line = { ts: new Date().toISOString(), ...(this.config.perUser ? { user: this.pseudonym(userId) } : {}), ...record };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.stream ? this.stream.end(resolve) : resolve()));
  }
}
