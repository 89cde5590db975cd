import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { PiiType } from "../../core/privacy";
import type { RunInfo } from "../state/run-store";
import { useI18n } from "../i18n/i18n";

/** What was replaced before sending, and what the model dropped or made up (never filled in silently). */
export function MaskingNotice({ masking, finished }: { masking: NonNullable<RunInfo["masking"]>; finished: boolean }) {
  const { t } = useI18n();
  const parts = Object.entries(masking.counts).map(([type, count]) => `${count} × ${t(`pii.${type as PiiType}`)}`);
  const report = finished ? masking.report : undefined;
  return (
    <>
      <Text size={200} data-testid="masking-summary">
        {parts.length > 0 ? t("masking.summary", { list: parts.join(", ") }) : t("masking.none")}
      </Text>
      {masking.doubtful && masking.doubtful.length > 0 && (
        <MessageBar intent="warning" data-testid="masking-doubtful">
          <MessageBarBody>{t("masking.doubtful", { list: masking.doubtful.map((word) => `„${word}“`).join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.dropped.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("masking.dropped", { list: report.dropped.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.invented.length > 0 && (
        <MessageBar intent="warning" data-testid="masking-invented">
          <MessageBarBody>{t("masking.invented", { list: report.invented.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
