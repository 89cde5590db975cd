import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { I18nProvider, germanTranslator, loadTranslator, pickLanguage } from "../i18n/i18n";
import type { StartFailure, StartOutcome } from "../start-pane";
import { webLightTheme } from "../theme/pick-theme";
import { App } from "./app";
import { PaneHeader } from "./pane-header";
import { PaneProvider, type PaneServices } from "./pane-context";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
    margin: "0 auto",
  },
});

type Boot = { phase: "loading" } | { phase: "ready"; services: PaneServices } | { phase: "failed"; key: StartFailure };

const bootOf = (outcome: StartOutcome): Boot => ("start" in outcome ? { phase: "ready", services: outcome.start.services } : { phase: "failed", key: outcome.failure });

/** The pane's frame: theme, language, header, and the start-up state. */
export function Root({ outcome, early }: { outcome: Promise<StartOutcome>; early?: StartOutcome }) {
  const styles = useStyles();
  const ready = early && "start" in early ? early.start : undefined;
  const [boot_, setBoot] = useState<Boot>(early ? bootOf(early) : { phase: "loading" });
  const [translator, setTranslator] = useState(ready?.translator ?? germanTranslator);
  const [theme, setTheme] = useState<Theme>(ready?.theme ?? webLightTheme);
  useEffect(() => {
    let stop: (() => void) | undefined;
    void outcome.then((result) => {
      if (!early) setBoot(bootOf(result));
      if (!("start" in result)) return;
      const { start } = result;
      setTranslator(start.translator);
      setTheme(start.theme);
      // The clerk's language choice applies at once.
      const { settings } = start.services;
      let latest = 0;
      stop = settings.subscribe(() => {
        const request = ++latest;
        void loadTranslator(settings.getSnapshot().language ?? pickLanguage(start.displayLanguage)).then((next) => request === latest && setTranslator(next));
      });
    });
    return () => stop?.();
  }, [outcome, early]);

  return (
    <FluentProvider theme={theme}>
      <I18nProvider translator={translator}>
        <main className={styles.main} lang={translator.language}>
          <PaneHeader
            host={boot_.phase === "ready" ? boot_.services.adapter.kind : undefined}
            withoutSignIn={boot_.phase === "ready" && boot_.services.authMode === "none"}
          />
          {boot_.phase === "loading" && <Spinner size="small" label={translator.t("app.loading")} />}
          {boot_.phase === "failed" && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{translator.t(boot_.key)}</MessageBarBody>
            </MessageBar>
          )}
          {boot_.phase === "ready" && (
            <PaneProvider services={boot_.services}>
              <App />
            </PaneProvider>
          )}
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}
