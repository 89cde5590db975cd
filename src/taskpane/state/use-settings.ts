import { useSyncExternalStore } from "react";
import type { Settings, SettingsStore } from "./settings-store";

export function useSettings(store: SettingsStore): Settings {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
