import { build } from "esbuild";
import { join } from "node:path";

/** Bundles a fake host (test/fakes/<name>.ts) into one script for the browser. */
export async function bundleFake(name: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "..", "fakes", `${name}.ts`)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
  });
  return result.outputFiles[0]!.text;
}
