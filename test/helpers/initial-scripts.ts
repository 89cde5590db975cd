import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The scripts a built HTML page loads by itself (not Office.js from its CDN, not the chunks loaded later). */
export function initialScripts(dir: string, htmlFile: string): string[] {
  const html = readFileSync(join(dir, htmlFile), "utf8");
  return [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/gu)].map((match) => match[1]!).filter((src) => !src.startsWith("http"));
}

/** Their size in KB after gzip at level 9, as the size target counts it. */
export function gzipKb(dir: string, scripts: readonly string[]): number {
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, src)), { level: 9 }).length, 0) / 1024;
}

/** The scripts a page's Link header asks for early (rel=preload; as=script), in order. */
export function preloadedScripts(link: string | null): string[] {
  return [...(link ?? "").matchAll(/<([^>]+)>; rel=preload; as=script/gu)].map((match) => match[1]!);
}
