import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { taskOutputSchema } from "../../src/core/protocol";
import { BUILT_IN_TASKS } from "../../src/core/tasks";
import { configReference } from "../../src/server/config/config-reference";

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).map((name) => `docs/${name}`)].filter((path) => path.endsWith(".md"));

/** Every file below `dir` (relative to the root) whose name ends in one of `extensions`. */
function sources(dir: string, extensions: string[]): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => join(dir, name));
}

const variables = (text: string) => new Set(text.match(/\bKOKI_[A-Z_]*[A-Z]\b/gu) ?? []);

describe("the docs cannot drift from the code", () => {
  const reference = configReference();

  test("docs/CONFIG.md is what npm run docs:config writes", () => {
    expect(read("docs/CONFIG.md")).toBe(reference);
    // Every key has a meaning.
    const rows = reference.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect([row, row.endsWith("|  |")]).toEqual([row, false]);
  });

  test("every environment variable the gateway reads is in docs/CONFIG.md", () => {
    const read = new Set(sources("src/server", [".ts"]).flatMap((file) => [...variables(readFileSync(join(ROOT, file), "utf8"))]));
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !reference.includes(`\`${name}\``))).toEqual([]);
  });

  test("every environment variable the docs name exists in the code", () => {
    const code = [...sources("src", [".ts", ".tsx"]), ...sources("scripts", [".ts", ".js"]), "webpack.config.js"]
      .map((file) => readFileSync(join(ROOT, file), "utf8"))
      .join("\n");
    const known = variables(code);
    for (const doc of DOCS) expect([doc, [...variables(read(doc))].filter((name) => !known.has(name))]).toEqual([doc, []]);
  });

  test("every config key the docs name is in the schema", () => {
    const keys = [...reference.matchAll(/^\| `([^`]+)`/gmu)].map((match) => match[1]!);
    const topLevel = new Set(keys.map((key) => key.split(".")[0]!));
    for (const doc of DOCS.filter((path) => path !== "docs/CONFIG.md")) {
      const named = [...read(doc).matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z[\]*]+)+)`/gu)].map((match) => match[1]!).filter((key) => topLevel.has(key.split(".")[0]!));
      // "auth.oidc.*" stands for the keys below auth.oidc.
      const unknown = named.filter((key) => (key.endsWith(".*") ? !keys.some((k) => k.startsWith(key.slice(0, -1))) : !keys.includes(key)));
      expect([doc, unknown]).toEqual([doc, []]);
    }
  });

  test("the README names every built-in task and every agent output", () => {
    const readme = read("README.md");
    const list = readme.slice(readme.indexOf("KoKI offers these built-in tasks"), readme.indexOf("After a rewrite"));
    expect([...list.matchAll(/`([a-z-]+)`/gu)].map((match) => match[1])).toEqual(BUILT_IN_TASKS.map((task) => task.id));
    const outputLine = readme.split("\n").find((line) => line.trim().startsWith("output:"))!;
    for (const output of taskOutputSchema.options) expect(outputLine).toContain(output);
  });
});
