import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../../src/core/text";

const CASES = readFileSync(join(__dirname, "..", "..", "fixtures", "segmentation-gold.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.replace(/\\n/g, "\n"));

/** Expected sentences: split at " | " and at line breaks (headings and list items end a sentence). */
function expected(line: string): string[] {
  return line
    .split(" | ")
    .flatMap((part) => part.split("\n"))
    .map((s) => s.trim())
    .filter(Boolean);
}

describe("sentence segmentation gold set", () => {
  const total = CASES.reduce((sum, line) => sum + expected(line).length, 0);

  test("has at least 100 sentences", () => {
    expect(total).toBeGreaterThanOrEqual(100);
  });

  test("at least 95 % of sentences come out exactly", () => {
    let right = 0;
    const wrong: string[] = [];
    for (const line of CASES) {
      const want = expected(line);
      const got = splitSentences(line.replace(/ \| /g, " ")).map((s) => s.text.trim());
      const gotSet = new Set(got);
      for (const sentence of want) {
        if (gotSet.has(sentence)) right += 1;
        else wrong.push(`${sentence}  ⟵ got ${JSON.stringify(got)}`);
      }
    }
    if (right / total < 0.95) console.log(wrong.join("\n"));
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});
