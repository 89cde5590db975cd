import type { Finding, FindingKind, ReadabilityReport } from "../../core/readability";

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

/** The report is German, so every number in it is too: decimal comma, thousands point (as in the verdict from core). */
const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
export const de = (value: number): string => germanNumber.format(value);

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

/** One file's entry in `--json` output: numbers stay JSON numbers. */
export function toJson(name: string, report: ReadabilityReport) {
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

/** One file's report for people, in German. */
export function toText(name: string, text: string, report: ReadabilityReport): string {
  const m = report.metrics;
  const c = report.counts;
  const lines = [
    `== ${name}`,
    report.verdict,
    `Sätze ${de(c.sentences)}, Wörter ${de(c.words)}, Silben ${de(c.syllables)}`,
    `Flesch (Amstad) ${de(m.fleschAmstad)} | WSTF 1–4: ${[m.wstf1, m.wstf2, m.wstf3, m.wstf4].map(de).join(" ")} | LIX ${de(m.lix)} | SMOG-de ${de(m.smogDe)}`,
    `Ø Satzlänge ${de(m.averageSentenceLength)} Wörter | Sätze über 20 Wörter ${de(m.longSentenceShare)} % | Wörter über 6 Buchstaben ${de(m.longWordShare)} % | Wörter mit 3+ Silben ${de(m.polysyllableShare)} %`,
  ];
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of report.findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  for (const [kind, findings] of byKind) {
    lines.push("", `${KIND_LABELS[kind]} (${findings.length})`);
    for (const f of findings) lines.push(`  ${lineAndColumn(text, f.start)}  ${f.message}`);
  }
  return lines.join("\n");
}

/** The closing lines of an audit with `--fail-under`: which files score below it. */
export function thresholdSummary(threshold: number, scores: readonly { name: string; flesch: number }[]): string {
  const below = scores.filter((score) => score.flesch < threshold);
  const of = `${de(scores.length)} ${scores.length === 1 ? "Datei" : "Dateien"}`;
  const head = `Mindestwert Flesch ${de(threshold)}:`;
  if (below.length === 0) return `${head} ${scores.length === 1 ? "Die Datei erreicht" : `Alle ${of} erreichen`} ihn.`;
  const verb = below.length === 1 ? "liegt" : "liegen";
  return [`${head} ${de(below.length)} von ${of} ${verb} darunter.`, ...below.map((score) => `  ${score.name}  Flesch ${de(score.flesch)}`)].join("\n");
}
