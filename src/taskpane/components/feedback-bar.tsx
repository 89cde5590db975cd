import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-de";

/** The outcome of something the clerk did (insert, copy). */
export type Feedback = { intent: "success" | "error"; key: MessageKey };

/** Says how it went: politely on success, at once (an alert) on an error, so screen readers hear both. */
export function FeedbackBar({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={feedback.intent} role={feedback.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{t(feedback.key)}</MessageBarBody>
    </MessageBar>
  );
}
