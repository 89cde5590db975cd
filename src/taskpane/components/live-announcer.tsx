import type { RunState } from "../state/run-store";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages-de";

const ANNOUNCEMENTS: Partial<Record<RunState["status"], MessageKey>> = {
  submitted: "live.started",
  streaming: "live.started",
  done: "live.done",
  cancelled: "live.cancelled",
  error: "live.error",
};

const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

/**
 * Tells screen readers that writing started and ended. It does not read out
 * every token: the text only changes when the status changes.
 */
export function LiveAnnouncer({ status }: { status: RunState["status"] }) {
  const { t } = useI18n();
  const key = ANNOUNCEMENTS[status];
  return (
    <div aria-live="polite" role="status" style={visuallyHidden} data-testid="live-region">
      {key ? t(key) : ""}
    </div>
  );
}
