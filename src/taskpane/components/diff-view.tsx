import { makeStyles, tokens } from "@fluentui/react-components";
import { diffWordsWithSpace } from "diff";
import { useI18n } from "../i18n/i18n";
import { TEXT_PANEL } from "./text-panel";

const useStyles = makeStyles({
  text: TEXT_PANEL,
  // Not by colour alone: removed text is struck through, added text underlined.
  removed: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1 },
  added: { textDecorationLine: "underline", color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1 },
});

/** Word-level changes from the original to the result (loaded on demand with its diff library). */
export default function DiffView({ original, result }: { original: string; result: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const parts = diffWordsWithSpace(original.replace(/\r\n?/gu, "\n"), result);
  return (
    <div className={styles.text} role="region" aria-label={t("diff.label")} tabIndex={0} data-testid="diff-view">
      {parts.map((part, index) =>
        part.removed ? (
          <del key={index} className={styles.removed} aria-label={t("diff.removed", { text: part.value })}>
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={index} className={styles.added} aria-label={t("diff.added", { text: part.value })}>
            {part.value}
          </ins>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
