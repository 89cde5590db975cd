import { ApiError } from "./api/api-error";
import { fetchAuthInfo, fetchClientConfig, streamRun } from "./api/gateway-client";
import { clientConfigData, pageClientConfig } from "./api/page-config";
import { authInfoMeta, pageAuthInfo } from "./auth/page-auth-info";
import { createTokenSource } from "./auth/token-source";
import type { PaneServices } from "./components/pane-context";
import { createHost } from "./hosts/create-host";
import { HostError } from "./hosts/host-error";
import { loadTranslator, pickLanguage, type Translator } from "./i18n/i18n";
import { waitForOffice } from "./office/office-ready";
import { RunStore } from "./state/run-store";
import { SettingsStore } from "./state/settings-store";
import { applyTheme } from "./theme/apply-theme";

export type StartFailure = "config.failed" | "host.wordTooOld" | "auth.failed";

export interface PaneStart {
  services: PaneServices;
  translator: Translator;
  displayLanguage?: string;
}

/** How start-up ended: the pane's services, or the message to show instead. */
export type StartOutcome = { start: PaneStart } | { failure: StartFailure };

export function settle(started: Promise<PaneStart>): Promise<StartOutcome> {
  return started.then(
    (start) => ({ start }),
    (error: unknown) => ({ failure: startFailure(error) }),
  );
}

function startFailure(error: unknown): StartFailure {
  if (error instanceof HostError && error.code === "word_too_old") return "host.wordTooOld";
  // The host's or the sign-in's code did not arrive (webpack's error): the server is out of reach, not the sign-in.
  if (error instanceof Error && error.name === "ChunkLoadError") return "config.failed";
  if (error instanceof ApiError && error.code === "network") return "config.failed";
  // Sign-in refused or MSAL failed: say so rather than "no server".
  if (error instanceof ApiError && (error.code === "unauthenticated" || error.code === "forbidden")) return "auth.failed";
  return error instanceof ApiError ? "config.failed" : "auth.failed";
}

/**
 * Starts the pane: waits for Office (or not), picks the host adapter, signs
 * in and loads the config. It runs while React renders the first screen, and
 * everything that does not depend on something else runs at once.
 */
export async function startPane(): Promise<PaneStart> {
  // Sign-in settings do not depend on Office: from the page, or else asked for while Office starts.
  const fromPage = pageAuthInfo(authInfoMeta(document));
  const authInfo = fromPage ? Promise.resolve(fromPage) : fetchAuthInfo();
  authInfo.catch(() => undefined);
  const office = await waitForOffice();
  const settings = SettingsStore.forPartition(office.partitionKey);
  const translator = loadTranslator(settings.getSnapshot().language ?? pickLanguage(office.displayLanguage));
  const themed = applyTheme(office.dark);
  const hostReady = createHost(office);
  hostReady.catch(() => undefined);
  const tokens = await createTokenSource(await authInfo);
  const getToken = (refresh: boolean) => tokens.getToken(refresh);
  // The page carries the config where its request said who the user is; else ask, with the token.
  const configInPage = pageClientConfig(clientConfigData(document));
  const [host, config] = await Promise.all([hostReady, configInPage ?? fetchClientConfig({ getToken })]);
  // The first render comes in the right colours.
  await themed;
  const runStore = new RunStore((request, options) => streamRun(request, { ...options, getToken }));
  return {
    services: { ...host, config, runStore, officeTimedOut: office.timedOut, authMode: tokens.mode, settings },
    translator: await translator,
    displayLanguage: office.displayLanguage,
  };
}
