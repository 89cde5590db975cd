import { HOSTS, type Host } from "../../core/protocol/host-names";
import type { OptionValue } from "../../core/protocol";
import type { InsertMode } from "../hosts/host-adapter";

/** The write modes a clerk may choose as their default (the others depend on the result or the item). */
export const DEFAULT_INSERT_MODES = ["replace", "replaceTracked", "insertBelow"] as const satisfies readonly InsertMode[];

/** What the clerk may set. Only these preferences are stored: never text, results or tokens. */
export interface Settings {
  insertMode?: (typeof DEFAULT_INSERT_MODES)[number];
  trackChanges?: boolean;
  language?: "de" | "en";
  /** Which privacy notice the clerk has acknowledged (its text, hashed). */
  privacyNoticeSeen?: string;
  /** The task last chosen, per host (a clerk summarises in Outlook and rewrites in Word). */
  lastTask?: Partial<Record<Host, string>>;
  /** The last choices per task and option: choices, yes/no and numbers, never free text. */
  taskChoices?: Record<string, Record<string, OptionValue>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
// Ids and choice values are short; anything longer is not ours.
const isShort = (value: unknown) => typeof value === "string" && value.length <= 100;
const isChoice = (value: unknown) => isShort(value) || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

const VALID: { [K in keyof Settings]-?: (value: unknown) => boolean } = {
  insertMode: (value) => (DEFAULT_INSERT_MODES as readonly unknown[]).includes(value),
  trackChanges: (value) => typeof value === "boolean",
  language: (value) => value === "de" || value === "en",
  privacyNoticeSeen: (value) => typeof value === "string",
  lastTask: (value) => isRecord(value) && Object.entries(value).every(([host, task]) => (HOSTS as readonly string[]).includes(host) && isShort(task)),
  taskChoices: (value) => isRecord(value) && Object.values(value).every((choices) => isRecord(choices) && Object.values(choices).every(isChoice)),
};

/** The known preferences with valid values; anything else (old data, other keys) is dropped. */
function validSettings(value: unknown): Settings {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([key, item]) => Object.hasOwn(VALID, key) && VALID[key as keyof Settings](item)));
}

/**
 * Settings in localStorage under a key prefixed with Office's partitionKey,
 * so that add-ins sharing an origin stay apart. A blocked or broken store
 * (private mode, old data) falls back to defaults without an error.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<() => void>();
  /** Set when a write failed: this pane's settings are then newer than the stored ones. */
  private unsaved = false;

  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | undefined,
    private readonly key: string,
  ) {
    this.settings = this.stored() ?? {};
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

  /**
   * Changes some settings. Word's and Outlook's panes can be open at once and
   * share the store, so a change starts from what is stored now, not from
   * what this pane read at its start: the other pane's changes stay. A patch
   * given as a function gets those current settings (for nested values).
   */
  update(patch: Settings | ((current: Settings) => Settings)): void {
    const current = this.unsaved ? this.settings : (this.stored() ?? this.settings);
    const changes = typeof patch === "function" ? patch(current) : patch;
    this.settings = validSettings({ ...current, ...changes });
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.settings));
      this.unsaved = false;
    } catch {
      // Storage full or blocked: the setting holds for this session.
      this.unsaved = true;
    }
    this.listeners.forEach((listener) => listener());
  }

  /** The stored settings; undefined where storage is missing, blocked or broken. */
  private stored(): Settings | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      return raw === undefined ? undefined : validSettings(JSON.parse(raw ?? "{}"));
    } catch {
      return undefined;
    }
  }
}
