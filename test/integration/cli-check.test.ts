import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeDocx } from "../helpers/docx-fixture";
import { BIN, ROOT, requireBuild } from "../helpers/koki-process";

beforeAll(requireBuild);

const SAMPLE = join(ROOT, "test", "fixtures", "anhoerung-wohngeld.txt");
const EASY = "Wir haben Ihren Brief bekommen. Danke. Wir rufen Sie bald an.";

const check = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [BIN, "check", ...args], {
    encoding: "utf8",
    timeout: 30_000,
    input: options.input,
    env: { PATH: process.env.PATH!, ...options.env },
  });

interface JsonReport {
  file: string;
  metrics: Record<string, number>;
  verdict: string;
  findings: { kind: string; text: string }[];
}

describe("koki check", () => {
  test("shows a low score with concrete findings for the hearing letter", () => {
    const result = check([SAMPLE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Der Text ist (sehr )?schwer zu lesen/);
    expect(result.stdout).toMatch(/^Passiv \(\d+\)$/m);
    expect(result.stdout).toMatch(/^Lange Sätze \(\d+\)$/m);
    expect(result.stdout).toMatch(/^Amtsdeutsch \(\d+\)$/m);
    expect(result.stdout).toContain("Amtsdeutsch: „seitens der hiesigen Behörde“. Einfacher: „wir“.");
  });

  test("the German report writes every decimal with a comma, as its verdict does", () => {
    const metrics = (JSON.parse(check(["--json", SAMPLE]).stdout) as JsonReport).metrics;
    const text = check([SAMPLE]).stdout;
    const de = (value: number) => String(value).replace(".", ",");
    // The hearing letter's scores have decimals, so a point would show.
    expect(Number.isInteger(metrics.fleschAmstad)).toBe(false);
    expect(text).toContain(`(Flesch ${de(metrics.fleschAmstad!)})`);
    expect(text).toContain(`Flesch (Amstad) ${de(metrics.fleschAmstad!)} | WSTF 1–4: ${de(metrics.wstf1!)} ${de(metrics.wstf2!)}`);
    expect(text).toContain(`Ø Satzlänge ${de(metrics.averageSentenceLength!)} Wörter`);
    const header = text.split("\n").slice(0, 5).join("\n");
    expect(header).not.toMatch(/\d\.\d/u);
  });

  test("--json gives the named metrics and findings with offsets; stdin works", () => {
    const result = check(["--json"], { input: "Ihr Antrag wird geprüft. Wir melden uns." });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const name of ["fleschAmstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix", "smogDe", "sentences", "words", "syllables"]) {
      expect(typeof report.metrics[name]).toBe("number");
    }
    expect(report.metrics).toMatchObject({ sentences: 2, words: 7 });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: "passive", start: 11, end: 15, text: "wird" }));
  });

  test("reads a .docx: paragraphs as lines, runs joined", async () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-docx-"));
    const file = join(dir, "bescheid.docx");
    await writeDocx(file, [["Ihr Antrag ", "**wird**", " geprüft."], ["Wir melden uns."]]);
    const result = check(["--json", file]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.file).toBe(file);
    expect(report.metrics).toMatchObject({ sentences: 2, words: 7 });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: "passive", text: "wird" }));
    // The text report gives positions as line:column of the extracted text.
    expect(check([file]).stdout).toMatch(/^ {2}1:12 {2}Passiv\./mu);
  });

  test("reads a folder and its subfolders: .txt, .md and .docx, in order; hidden folders, lock files and other formats are left out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-folder-"));
    mkdirSync(join(dir, "Vorlagen", "Bau"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    copyFileSync(SAMPLE, join(dir, "Vorlagen", "anhoerung.txt"));
    writeFileSync(join(dir, "Vorlagen", "Bau", "hinweis.md"), `# Hinweis\n\n${EASY}\n`);
    await writeDocx(join(dir, "Vorlagen", "Bau", "bescheid.docx"), [[EASY]]);
    writeFileSync(join(dir, ".git", "notiz.txt"), EASY);
    writeFileSync(join(dir, "Vorlagen", "~$bescheid.docx"), "lock");
    writeFileSync(join(dir, "Vorlagen", "scan.pdf"), "%PDF-1.4");
    const result = check(["--json", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = (JSON.parse(result.stdout) as JsonReport[]).map((report) => report.file);
    expect(files).toEqual([join(dir, "Vorlagen", "anhoerung.txt"), join(dir, "Vorlagen", "Bau", "bescheid.docx"), join(dir, "Vorlagen", "Bau", "hinweis.md")]);
    // A folder is a list even with one file in it.
    const single = mkdtempSync(join(tmpdir(), "koki-one-"));
    writeFileSync(join(single, "brief.txt"), EASY);
    expect(Array.isArray(JSON.parse(check(["--json", single]).stdout))).toBe(true);
    const empty = check([mkdtempSync(join(tmpdir(), "koki-empty-"))]);
    expect(empty.status).toBe(66);
    expect(empty.stderr).toMatch(/^No \.txt, \.md, \.docx files in /u);
  });

  test("--fail-under SCORE: exit code 1 and the files below it when any file's Flesch Reading Ease is lower", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-audit-"));
    copyFileSync(SAMPLE, join(dir, "anhoerung.txt"));
    writeFileSync(join(dir, "einfach.txt"), EASY);
    const scores = (JSON.parse(check(["--json", dir]).stdout) as JsonReport[]).map((report) => report.metrics.fleschAmstad!);
    const [hard, easy] = scores as [number, number];
    expect(hard).toBeLessThan(easy);
    const between = Math.round((hard + easy) / 2);

    const failing = check(["--fail-under", String(between), dir]);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain(
      `Mindestwert Flesch ${between}: 1 von 2 Dateien liegt darunter.\n  ${join(dir, "anhoerung.txt")}  Flesch ${String(hard).replace(".", ",")}`,
    );

    const passing = check([`--fail-under=${String(hard - 0.5).replace(".", ",")}`, dir]);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain(`Alle 2 Dateien erreichen ihn.`);

    // With --json, stdout stays one JSON value and the summary goes to stderr.
    const json = check(["--json", "--fail-under", String(between), dir]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    expect(json.stderr).toContain("1 von 2 Dateien liegt darunter.");

    const bad = check(["--fail-under", "leicht", dir]);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('Option --fail-under needs a Flesch score, e.g. --fail-under 50 (got "leicht").');
  });

  test("a file that cannot be read is named, and the others are still checked", () => {
    const dir = mkdtempSync(join(tmpdir(), "koki-mixed-"));
    writeFileSync(join(dir, "a.txt"), EASY);
    writeFileSync(join(dir, "alt.doc"), "\u00d0\u00cf\u0011\u00e0");
    const result = check([join(dir, "a.txt"), "/nonexistent/brief.txt", join(dir, "alt.doc"), SAMPLE]);
    expect(result.status).toBe(66);
    expect(result.stderr).toContain("Cannot read /nonexistent/brief.txt");
    expect(result.stderr).toContain(`Cannot read ${join(dir, "alt.doc")}: KoKI checks .txt, .md and .docx files. Save it as .docx or plain text.`);
    expect(result.stdout).toContain(`== ${join(dir, "a.txt")}`);
    expect(result.stdout).toContain(`== ${SAMPLE}`);
  });
});

describe("koki check with the admin's lexicon", () => {
  const dir = mkdtempSync(join(tmpdir(), "koki-lexicon-"));
  const file = join(dir, "koki.yaml");
  writeFileSync(file, "readability:\n  lexicon:\n    - term: Hausmitteilung\n      alternatives: [interne Nachricht]\n");
  const FOUND = "Amtsdeutsch: „Hausmitteilung“. Einfacher: „interne Nachricht“.";

  test("terms from KOKI_CONFIG or --config are found", () => {
    expect(check([], { input: "Lesen Sie die Hausmitteilung.", env: { KOKI_CONFIG: file } }).stdout).toContain(FOUND);
    expect(check(["--config", file], { input: "Lesen Sie die Hausmitteilung." }).stdout).toContain(FOUND);
  });

  test("a config mistake is exit code 78 with the file named", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "readability:\n  lexicon: 12\n");
    const result = check(["--config", bad], { input: "Ein Satz." });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`${bad}, key "readability.lexicon"`);
  });
});
