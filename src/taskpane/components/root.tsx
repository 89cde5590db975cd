import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { I18nProvider, germanTranslator, loadTranslator, pickLanguage, type Translator } from "../i18n/i18n";
import type { StartOutcome } from "../start-pane";
import { App } from "./app";
import { PaneHeader } from "./pane-header";
import { PaneProvider } from "./pane-context";

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

/** What shows instead of a blank pane if the pane itself fails: a plain message and a way to start again. */
function PaneFailed({ translator }: { translator: Translator }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{translator.t("app.failed")}</MessageBarBody>
      <MessageBarActions>
        <Button type="button" onClick={() => window.location.reload()}>
          {translator.t("action.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The pane's frame: theme, language, header, and the start-up state. */
export function Root({ outcome, early }: { outcome: Promise<StartOutcome>; early?: StartOutcome }) {
  const styles = useStyles();
  const [result, setResult] = useState(early);
  // Set when the clerk picks another language in the settings.
  const [chosen, setChosen] = useState<Translator>();
  useEffect(() => {
    if (!early) void outcome.then(setResult);
  }, [outcome, early]);
  const start = result && "start" in result ? result.start : undefined;
  useEffect(() => {
    if (!start) return;
    const { settings } = start.services;
    let latest = 0;
    let language = settings.getSnapshot().language;
    return settings.subscribe(() => {
      // Other settings change too (the last task, say); only a new language needs a new translator.
      if (settings.getSnapshot().language === language) return;
      language = settings.getSnapshot().language;
      const request = ++latest;
      void loadTranslator(language ?? pickLanguage(start.displayLanguage)).then((next) => request === latest && setChosen(next));
    });
  }, [start]);
  const translator = chosen ?? start?.translator ?? germanTranslator;
  const failure = result && "failure" in result ? result.failure : undefined;

  // No theme prop: the theme is in the style sheets (theme/apply-theme.ts).
  return (
    <FluentProvider>
      <I18nProvider translator={translator}>
        <main className={styles.main} lang={translator.language}>
          <PaneHeader host={start?.services.adapter.kind} withoutSignIn={start?.services.authMode === "none"} />
          {!result && <Spinner size="small" label={translator.t("app.loading")} />}
          {failure && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{translator.t(failure)}</MessageBarBody>
            </MessageBar>
          )}
          {start && (
            <ErrorBoundary fallback={<PaneFailed translator={translator} />}>
              <PaneProvider services={start.services}>
                <App />
              </PaneProvider>
            </ErrorBoundary>
          )}
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}
