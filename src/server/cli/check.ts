import type { Command, ParsedValues } from "./command";
import { loadConfigWithFlags } from "./config-flags";
import { EXIT } from "./exit-codes";
import { UsageError } from "./usage-error";

/** "50", "50.5" and the German "50,5" all mean the same threshold. */
function threshold(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\s*-?\d+([.,]\d+)?\s*$/u.test(raw) ? Number(raw.replace(",", ".")) : Number.NaN;
  if (Number.isNaN(value)) throw new UsageError(`Option --fail-under needs a Flesch score, e.g. --fail-under 50 (got "${raw}").`);
  return value;
}

function lexicon(values: ParsedValues) {
  // With a gateway config, the admin's own officialese terms count too.
  return values.config !== undefined || process.env.KOKI_CONFIG ? loadConfigWithFlags({ config: values.config }).readability.lexicon : [];
}

export const checkCommand: Command = {
  name: "check",
  summary: "Readability scores and findings for German texts (.txt, .md, .docx, folders).",
  help: `Usage: koki check [--json] [--fail-under SCORE] [--config FILE] [FILE|FOLDER|-]...

Measures offline how easy German texts are to read: Flesch Reading Ease
(German, Amstad), the four Wiener Sachtextformeln, LIX and SMOG, a verdict and
a target group, and findings with line:column (long sentences and words,
passive voice, nominal style, officialese, ...).

Reads .txt, .md and .docx files; a folder is searched, with its subfolders,
for them. Without FILE, or with "-", it reads standard input.

Options:
  --json              Machine-readable output: one object for one file,
                      otherwise a list.
  --fail-under SCORE  Exit with code 1 when any file's Flesch Reading Ease
                      (Amstad: 0 very hard … 100 very easy; 60 and more is
                      easy for most adults) is below SCORE. For audits of
                      letter templates. 50.5 and 50,5 both work.
  --config FILE       Config file whose readability.lexicon adds the
                      office's own officialese terms (else KOKI_CONFIG).
  -h, --help          This help.

Exit codes: 0 done, 1 a file below --fail-under, 64 wrong usage, 66 a file
that cannot be read (the others are still checked), 78 a config mistake.

Examples:
  koki check brief.docx
  koki check --fail-under 50 vorlagen/
  koki check --json brief1.txt brief2.md
  cat brief.txt | koki check`,
  options: { json: { type: "boolean" }, "fail-under": { type: "string" }, config: { type: "string" } },
  allowPositionals: true,
  async run({ values, positionals }) {
    const failUnder = threshold(values["fail-under"] as string | undefined);
    // The analysis (syllable patterns, mammoth) loads only for this command.
    const { runCheck } = await import("../readability/run-check.js");
    const result = await runCheck({ paths: positionals, json: values.json === true, failUnder, lexicon: lexicon(values) });
    if (result.unreadable > 0) return EXIT.noInput;
    return result.below > 0 ? EXIT.belowThreshold : EXIT.ok;
  },
};
