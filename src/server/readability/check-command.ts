import { readFile } from "node:fs/promises";
import { analyzeReadability, type Finding, type FindingKind, type ReadabilityReport } from "../../core/readability";
import { loadConfig } from "../config/load-config";
import { nodeSyllableCounter } from "./syllable-counter";

const KIND_LABELS: Record<FindingKind, string> = {
  longSentence: "Lange Sätze",
  longWord: "Lange Wörter",
  passive: "Passiv",
  nominalStyle: "Nominalstil",
  subjunctive: "Möglichkeitsform",
  negation: "Verneinung",
  abbreviation: "Abkürzungen",
  officialese: "Amtsdeutsch",
};

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

function toJson(name: string, report: ReadabilityReport) {
  const { metrics, counts } = report;
  return {
    file: name,
    metrics: { ...metrics, sentences: counts.sentences, words: counts.words, syllables: counts.syllables },
    band: report.band,
    targetGroup: report.targetGroup,
    verdict: report.verdict,
    findings: report.findings,
  };
}

function toText(name: string, text: string, report: ReadabilityReport): string {
  const m = report.metrics;
  const lines = [
    `== ${name}`,
    report.verdict,
    `Sätze ${report.counts.sentences}, Wörter ${report.counts.words}, Silben ${report.counts.syllables}`,
    `Flesch (Amstad) ${m.fleschAmstad} | WSTF 1–4: ${m.wstf1} ${m.wstf2} ${m.wstf3} ${m.wstf4} | LIX ${m.lix} | SMOG-de ${m.smogDe}`,
    `Ø Satzlänge ${m.averageSentenceLength} Wörter | Sätze über 20 Wörter ${m.longSentenceShare} % | Wörter über 6 Buchstaben ${m.longWordShare} % | Wörter mit 3+ Silben ${m.polysyllableShare} %`,
  ];
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of report.findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  for (const [kind, findings] of byKind) {
    lines.push("", `${KIND_LABELS[kind]} (${findings.length})`);
    for (const f of findings) lines.push(`  ${lineAndColumn(text, f.start)}  ${f.message}`);
  }
  return lines.join("\n");
}

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

/** `koki check [--json] FILE…`: scores and findings per file; "-" or no file reads stdin. */
export async function checkCommand(files: string[], json: boolean): Promise<number> {
  const syllables = await nodeSyllableCounter();
  // With a gateway config, the admin's own officialese terms count too.
  const lexicon = process.env.KOKI_CONFIG ? loadConfig().readability.lexicon : [];
  const names = files.length > 0 ? files : ["-"];
  const results = [];
  for (const name of names) {
    let text: string;
    try {
      text = name === "-" ? await readStdin() : await readFile(name, "utf8");
    } catch (error) {
      console.error(`Cannot read ${name}: ${(error as Error).message}`);
      return 66; // EX_NOINPUT
    }
    const report = analyzeReadability(text, { syllables, lexicon });
    if (json) results.push(toJson(name === "-" ? "stdin" : name, report));
    else console.log(`${toText(name === "-" ? "stdin" : name, text, report)}\n`);
  }
  if (json) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return 0;
}
