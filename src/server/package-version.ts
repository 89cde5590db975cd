import { readFileSync } from "node:fs";
import { join } from "node:path";

/** KoKI's version from package.json (build/server/ and src/server/ both sit two levels below it). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}
