import { Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { HostAdapter, SourceSummary } from "../hosts/host-adapter";
import { useI18n, type Translator } from "../i18n/i18n";
import { SourceNotices } from "./source-notices";

function describe(i18n: Translator, summary: SourceSummary | null | undefined): string {
  if (summary === null) return i18n.t("source.unknown");
  if (!summary) return "";
  if (summary.stats.words === 0) return i18n.t("source.empty");
  const values = {
    paragraphs: i18n.count("count.paragraphs", summary.stats.paragraphs),
    words: i18n.count("count.words", summary.stats.words),
  };
  return i18n.t(`source.${summary.scope}`, values);
}

/** Says exactly what will be sent, and follows the selection as it changes. */
export function SourceLine({ adapter }: { adapter: HostAdapter }) {
  const i18n = useI18n();
  const [summary, setSummary] = useState<SourceSummary | null>();
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      adapter.describeSource().then(
        (next) => alive && setSummary(next),
        () => alive && setSummary(null),
      );
    };
    refresh();
    // Selection events come in bursts while the user drags; read once they settle.
    const stop = adapter.onSourceChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      stop();
    };
  }, [adapter]);
  return (
    <>
      <Text as="p" size={200} data-testid="source-line">
        {describe(i18n, summary)}
      </Text>
      {summary && summary.stats.words > 0 && <SourceNotices notices={summary.notices ?? []} />}
    </>
  );
}
