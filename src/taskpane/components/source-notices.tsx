import { Text, makeStyles } from "@fluentui/react-components";
import type { SourceNotice } from "../hosts/host-adapter";
import { useI18n, type Translator } from "../i18n/i18n";
import { kindList, objectList } from "./embedded-text";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: "1.25em" } });

function noticeText(i18n: Translator, notice: SourceNotice): string {
  if (notice.kind === "objects") return i18n.t("notice.objects", { objects: objectList(i18n, notice.counts) });
  if (notice.kind === "unchecked") return i18n.t("notice.unchecked", { kinds: kindList(i18n, notice.kinds) });
  return i18n.t(`notice.${notice.kind}`);
}

/** What the source holds besides text (tables, footnotes, fields, …) and how KoKI treats it. */
export function SourceNotices({ notices }: { notices: readonly SourceNotice[] }) {
  const i18n = useI18n();
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <ul aria-label={i18n.t("notice.label")} data-testid="source-notices" className={styles.list}>
      {notices.map((notice) => (
        <li key={notice.kind}>
          <Text size={200}>{noticeText(i18n, notice)}</Text>
        </li>
      ))}
    </ul>
  );
}
