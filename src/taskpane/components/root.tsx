import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiError } from "../api/api-error";
import { fetchAuthInfo, fetchClientConfig, streamRun } from "../api/gateway-client";
import { createTokenSource } from "../auth/token-source";
import { createHost } from "../hosts/create-host";
import { HostError } from "../hosts/host-error";
import { I18nProvider, createTranslator, pickLanguage, type Translator } from "../i18n/i18n";
import { waitForOffice } from "../office/office-ready";
import { RunStore } from "../state/run-store";
import { SettingsStore } from "../state/settings-store";
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

type BootFailure = "config.failed" | "host.wordTooOld" | "auth.failed";
type Boot = { phase: "loading" } | { phase: "ready"; services: PaneServices } | { phase: "failed"; key: BootFailure };

function bootFailure(error: unknown): BootFailure {
  if (error instanceof HostError && error.code === "word_too_old") return "host.wordTooOld";
  if (error instanceof ApiError && error.code === "network") return "config.failed";
  // Sign-in refused or MSAL failed: say so rather than "no server".
  if (error instanceof ApiError && (error.code === "unauthenticated" || error.code === "forbidden")) return "auth.failed";
  return error instanceof ApiError ? "config.failed" : "auth.failed";
}

/** Starts the pane: waits for Office (or not), picks the host adapter, loads the config. */
async function boot(): Promise<{ services: PaneServices; translator: Translator; theme: Theme; displayLanguage?: string }> {
  const office = await waitForOffice();
  const settings = SettingsStore.forPartition(office.partitionKey);
  const translator = createTranslator(settings.getSnapshot().language ?? pickLanguage(office.displayLanguage));
  // The host's code loads while sign-in and the config are fetched.
  const hostReady = createHost(office);
  hostReady.catch(() => undefined);
  const tokens = await createTokenSource(await fetchAuthInfo());
  const getToken = (refresh: boolean) => tokens.getToken(refresh);
  const [host, config] = await Promise.all([hostReady, fetchClientConfig({ getToken })]);
  const runStore = new RunStore((request, options) => streamRun(request, { ...options, getToken }));
  return {
    services: { ...host, config, runStore, officeTimedOut: office.timedOut, authMode: tokens.mode, settings },
    translator,
    theme: pickTheme(office.dark),
    displayLanguage: office.displayLanguage,
  };
}

/** Office's theme where Office says; otherwise the system's; Windows high contrast wins. */
function pickTheme(officeDark?: boolean): Theme {
  if (window.matchMedia?.("(forced-colors: active)").matches) return teamsHighContrastTheme;
  const dark = officeDark ?? window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return dark ? webDarkTheme : webLightTheme;
}

export function Root() {
  const styles = useStyles();
  const [boot_, setBoot] = useState<Boot>({ phase: "loading" });
  const [translator, setTranslator] = useState(() => createTranslator(pickLanguage()));
  const [theme, setTheme] = useState<Theme>(webLightTheme);
  useEffect(() => {
    let stop: (() => void) | undefined;
    boot().then(
      (result) => {
        setTranslator(result.translator);
        setTheme(result.theme);
        setBoot({ phase: "ready", services: result.services });
        // The clerk's language choice applies at once.
        const { settings } = result.services;
        stop = settings.subscribe(() => setTranslator(createTranslator(settings.getSnapshot().language ?? pickLanguage(result.displayLanguage))));
      },
      (error: unknown) => setBoot({ phase: "failed", key: bootFailure(error) }),
    );
    return () => stop?.();
  }, []);

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
