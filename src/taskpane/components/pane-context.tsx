import { createContext, useContext, type ReactNode } from "react";
import type { AuthInfo, ClientConfig } from "../../core/protocol";
import type { HostSetup } from "../hosts/create-host";
import type { RunStore } from "../state/run-store";
import type { SettingsStore } from "../state/settings-store";

export interface PaneServices extends HostSetup {
  config: ClientConfig;
  runStore: RunStore;
  /** Office did not answer in time and the pane fell back to browser mode. */
  officeTimedOut: boolean;
  /** How the gateway knows the user; "none" is shown as a warning. */
  authMode: AuthInfo["mode"];
  settings: SettingsStore;
}

const PaneContext = createContext<PaneServices | null>(null);

export function PaneProvider({ services, children }: { services: PaneServices; children: ReactNode }) {
  return <PaneContext.Provider value={services}>{children}</PaneContext.Provider>;
}

/** The host adapter, config and run store, picked once at start-up. */
export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (!services) throw new Error("usePane outside PaneProvider");
  return services;
}
