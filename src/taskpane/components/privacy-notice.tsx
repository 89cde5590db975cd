import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n";
import { useSettings } from "../state/use-settings";
import { usePane } from "./pane-context";

/** A short, stable fingerprint of the notice, so a changed notice is shown again. */
function fingerprint(text: string): string {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return String(hash >>> 0);
}

/** First run: where texts go, acknowledged once. The admin's notice where there is one, otherwise the backend's name. */
export function PrivacyNotice() {
  const i18n = useI18n();
  const { config, settings: store } = usePane();
  const settings = useSettings(store);
  const notice = config.privacy.notice;
  const text = notice ? notice[i18n.language] : i18n.t("privacy.default", { backend: config.backend.displayName });
  const seen = fingerprint(text);
  if (settings.privacyNoticeSeen === seen) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="privacy-notice">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t("privacy.title")}</MessageBarTitle>
        {text}{" "}
        {notice?.url && (
          <Link href={notice.url} target="_blank" rel="noreferrer">
            {i18n.t("privacy.more")}
          </Link>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => store.update({ privacyNoticeSeen: seen })}>{i18n.t("privacy.ok")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
