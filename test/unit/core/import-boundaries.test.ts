import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "..", "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

describe("imports flow one way: taskpane → core ← server", () => {
  test("core imports neither taskpane nor server, nor Node, Office or DOM APIs", () => {
    for (const file of files(join(SRC, "core"))) {
      const source = readFileSync(file, "utf8");
      for (const spec of imports(file)) {
        expect([relative(SRC, file), spec]).not.toEqual([relative(SRC, file), expect.stringMatching(/taskpane|server|^node:|^react/)]);
      }
      expect([relative(SRC, file), source]).not.toEqual([
        relative(SRC, file),
        expect.stringMatching(/\b(Office|Word|window|document|localStorage|process)\.\w/),
      ]);
    }
  });

  test("the task pane never imports the server, and the server never imports the task pane", () => {
    for (const file of files(join(SRC, "taskpane"))) for (const spec of imports(file)) expect(spec).not.toMatch(/\/server\//);
    for (const file of files(join(SRC, "server"))) for (const spec of imports(file)) expect(spec).not.toMatch(/\/taskpane\//);
  });

  test("only host adapters, office/ and auth/ (sign-in dialog) touch Office.js", () => {
    for (const file of files(join(SRC, "taskpane"))) {
      const path = relative(join(SRC, "taskpane"), file);
      if (path.startsWith("hosts") || path.startsWith("office") || path.startsWith("auth")) continue;
      expect([path, readFileSync(file, "utf8")]).not.toEqual([path, expect.stringMatching(/\b(Office|Word)\.\w/)]);
    }
  });
});
