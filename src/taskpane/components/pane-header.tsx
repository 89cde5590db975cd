import { Badge, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // The badge keeps its one line ("Browser-Modus" used to break out of it); the name and notes wrap instead.
  badges: { display: "flex", flexWrap: "wrap", flexShrink: 0, justifyContent: "flex-end", gap: tokens.spacingHorizontalXS },
  badge: { whiteSpace: "nowrap" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Name, host, and a visible warning when the gateway runs without sign-in (development). */
export function PaneHeader({ host, withoutSignIn = false }: { host?: Host; withoutSignIn?: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div>
        <Title3 as="h1" block>
          KoKI
        </Title3>
        <Caption1 as="p" block>
          {t("app.tagline")}
        </Caption1>
        {withoutSignIn && (
          <Caption1 as="p" block className={styles.warning} data-testid="no-sign-in">
            {t("auth.none")}
          </Caption1>
        )}
      </div>
      <div className={styles.badges}>
        {host && (
          <Badge className={styles.badge} appearance="tint" color={host === "browser" ? "informative" : "brand"}>
            {t(`host.${host}`)}
          </Badge>
        )}
      </div>
    </header>
  );
}
