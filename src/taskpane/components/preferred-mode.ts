import type { InsertMode } from "../hosts/host-adapter";

/** The write mode the clerk prefers: tracked changes if switched on, else their choice, else the admin's. */
export function preferredMode(settings: { insertMode?: InsertMode; trackChanges?: boolean }, adminDefault: InsertMode): InsertMode {
  if (settings.trackChanges) return "replaceTracked";
  return settings.insertMode ?? adminDefault;
}
