import { useSyncExternalStore } from "react";
import type { RunState, RunStore } from "./run-store";

export function useRun(store: RunStore): RunState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
