import { Badge, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../../core/protocol";
import { useI18n } from "../i18n/i18n";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export function PaneHeader({ host }: { host?: Host }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div>
        <Title3 as="h1" block>
          KoKI
        </Title3>
        <Caption1 as="p" block>{t("app.tagline")}</Caption1>
      </div>
      {host && (
        <Badge appearance="tint" color={host === "browser" ? "informative" : "brand"}>
          {t(`host.${host}`)}
        </Badge>
      )}
    </header>
  );
}
