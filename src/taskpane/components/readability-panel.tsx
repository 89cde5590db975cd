import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, FindingKind, ReadabilityReport } from "../../core/readability";
import type { SourceSnapshot } from "../hosts/host-adapter";
import { useI18n } from "../i18n/i18n";
import { usePane } from "./pane-context";

export type ReadabilityState =
  { status: "idle" } | { status: "running" } | { status: "failed" } | { status: "done"; snapshot: SourceSnapshot; report: ReadabilityReport };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  scores: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const KIND_ORDER: FindingKind[] = ["longSentence", "officialese", "passive", "nominalStyle", "longWord", "negation", "subjunctive", "abbreviation"];

function FindingItem({ finding, snapshot }: { finding: Finding; snapshot: SourceSnapshot }) {
  const { t } = useI18n();
  const { adapter } = usePane();
  const excerpt = finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text;
  return (
    <li>
      <Text>{finding.message}</Text>{" "}
      {adapter.selectPassage && (
        <Button
          appearance="transparent"
          size="small"
          aria-label={`${t("readability.select")}: ${excerpt}`}
          onClick={() => void adapter.selectPassage!(snapshot, finding.start, finding.end).catch(() => undefined)}
        >
          {t("readability.select")}
        </Button>
      )}
    </li>
  );
}

/** Scores, a verdict, and the findings grouped by kind; a finding can be shown in the document. */
export function ReadabilityPanel({ state }: { state: ReadabilityState }) {
  const i18n = useI18n();
  const styles = useStyles();
  if (state.status === "idle") return null;
  if (state.status === "running") return <Spinner size="tiny" label={i18n.t("readability.running")} />;
  if (state.status === "failed") {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{i18n.t("readability.failed")}</MessageBarBody>
      </MessageBar>
    );
  }
  const { report, snapshot } = state;
  const number = (value: number) => value.toLocaleString(i18n.language === "de" ? "de-DE" : "en-GB");
  const scores: [string, number][] = [
    [i18n.t("readability.flesch"), report.metrics.fleschAmstad],
    [i18n.t("readability.wstf"), report.metrics.wstf1],
    [i18n.t("readability.lix"), report.metrics.lix],
    [i18n.t("readability.smog"), report.metrics.smogDe],
    [i18n.t("readability.asl"), report.metrics.averageSentenceLength],
  ];
  return (
    <section className={styles.section} aria-labelledby="readability-heading" data-testid="readability">
      <Subtitle2 as="h2" id="readability-heading">
        {i18n.t("readability.heading")}
      </Subtitle2>
      <Text weight="semibold">{report.verdict}</Text>
      <dl className={styles.scores} aria-label={i18n.t("readability.scores")}>
        {scores.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd style={{ margin: 0 }}>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {report.findings.length === 0 && <Text>{i18n.t("readability.none")}</Text>}
      {KIND_ORDER.map((kind) => {
        const findings = report.findings.filter((f) => f.kind === kind);
        if (findings.length === 0) return null;
        return (
          <details key={kind}>
            <summary>
              {i18n.t(`kind.${kind}`)} ({findings.length})
            </summary>
            <ul className={styles.list}>
              {findings.map((finding) => (
                <FindingItem key={`${finding.kind}:${finding.start}`} finding={finding} snapshot={snapshot} />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
