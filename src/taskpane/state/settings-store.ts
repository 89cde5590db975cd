import { z } from "zod/mini";

/** What the clerk may set. Only these preferences are stored: never text, results or tokens. */
export const settingsSchema = z.partial(
  z.object({
    insertMode: z.enum(["replace", "replaceTracked", "insertBelow"]),
    trackChanges: z.boolean(),
    language: z.enum(["de", "en"]),
    /** Which privacy notice the clerk has acknowledged (its text, hashed). */
    privacyNoticeSeen: z.string(),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Settings in localStorage under a key prefixed with Office's partitionKey,
 * so that add-ins sharing an origin stay apart. A blocked or broken store
 * (private mode, old data) falls back to defaults without an error.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | undefined,
    private readonly key: string,
  ) {
    this.settings = this.load();
  }

  static forPartition(partitionKey?: string): SettingsStore {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    return new SettingsStore(storage, `${partitionKey ?? ""}koki.settings`);
  }

  getSnapshot = (): Settings => this.settings;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Settings): void {
    this.settings = settingsSchema.parse({ ...this.settings, ...patch });
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.settings));
    } catch {
      // Storage full or blocked: the setting holds for this session.
    }
    this.listeners.forEach((listener) => listener());
  }

  private load(): Settings {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(this.storage?.getItem(this.key) ?? "{}"));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
}
