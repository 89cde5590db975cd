import { Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReadabilityReport } from "../../core/readability";
import { useI18n } from "../i18n/i18n";
import { analyzeText } from "../readability/readability-client";
import { usePane } from "./pane-context";

/** Readability before and after a rewrite: "vorher 41,5 (schwer), nachher 68,2 (mittel)". */
export function ScoreComparison({ original, result }: { original: string; result: string }) {
  const i18n = useI18n();
  const { config } = usePane();
  const [reports, setReports] = useState<[ReadabilityReport, ReadabilityReport] | "failed">();
  useEffect(() => {
    let alive = true;
    Promise.all([analyzeText(original, config.lexicon), analyzeText(result, config.lexicon)]).then(
      (pair) => alive && setReports(pair),
      () => alive && setReports("failed"),
    );
    return () => {
      alive = false;
    };
  }, [original, result, config.lexicon]);
  if (!reports) return null;
  if (reports === "failed") return <Text data-testid="score-comparison">{i18n.t("readability.compareFailed")}</Text>;
  const [before, after] = reports;
  const number = (value: number) => value.toLocaleString(i18n.language === "de" ? "de-DE" : "en-GB");
  return (
    <Text data-testid="score-comparison">
      {i18n.t("readability.compare", {
        before: number(before.metrics.fleschAmstad),
        beforeBand: before.band,
        after: number(after.metrics.fleschAmstad),
        afterBand: after.band,
      })}
    </Text>
  );
}
