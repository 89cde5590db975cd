import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-de";

/** The outcome of something the clerk did (insert, copy); `detail` is said after the message. */
export type Feedback = { intent: "success" | "error"; key: MessageKey; detail?: string };

/** Says how it went: politely on success, at once (an alert) on an error, so screen readers hear both. */
export function FeedbackBar({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={feedback.intent} role={feedback.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{feedback.detail ? `${t(feedback.key)} ${feedback.detail}` : t(feedback.key)}</MessageBarBody>
    </MessageBar>
  );
}
