import { Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { HostAdapter, ReadOptions, SourceSummary } from "../hosts/host-adapter";
import { HostError } from "../hosts/host-error";
import { useI18n, type Translator } from "../i18n/i18n";
import { SourceNotices } from "./source-notices";

type Reading = { summary: SourceSummary } | { failed: "unknown" | "not_a_message" | "no_item" } | undefined;

function describe(i18n: Translator, reading: Reading): string {
  if (!reading) return "";
  if ("failed" in reading) return i18n.t(reading.failed === "unknown" ? "source.unknown" : `insert.${reading.failed}`);
  const { summary } = reading;
  if (summary.stats.words === 0) return i18n.t("source.empty");
  const values = {
    paragraphs: i18n.count("count.paragraphs", summary.stats.paragraphs),
    words: i18n.count("count.words", summary.stats.words),
  };
  return i18n.t(`source.${summary.scope}`, values);
}

function failure(error: unknown): Reading {
  const code = error instanceof HostError ? error.code : undefined;
  return { failed: code === "not_a_message" || code === "no_item" ? code : "unknown" };
}

/** Says exactly what will be sent, and follows the selection (or the open email) as it changes. */
export function SourceLine({ adapter, options }: { adapter: HostAdapter; options?: ReadOptions }) {
  const i18n = useI18n();
  const [reading, setReading] = useState<Reading>();
  const thread = options?.thread;
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      adapter.describeSource({ thread }).then(
        (summary) => alive && setReading({ summary }),
        (error: unknown) => alive && setReading(failure(error)),
      );
    };
    refresh();
    // Selection events come in bursts while the user drags; read once they settle.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    };
    const stop = adapter.onSourceChanged(schedule);
    // Outlook reports no selection changes: read again when the clerk comes back to the pane.
    window.addEventListener("focus", schedule);
    return () => {
      alive = false;
      clearTimeout(timer);
      stop();
      window.removeEventListener("focus", schedule);
    };
  }, [adapter, thread]);
  return (
    <>
      <Text as="p" size={200} data-testid="source-line">
        {describe(i18n, reading)}
      </Text>
      {reading && "summary" in reading && reading.summary.stats.words > 0 && <SourceNotices notices={reading.summary.notices ?? []} />}
    </>
  );
}
