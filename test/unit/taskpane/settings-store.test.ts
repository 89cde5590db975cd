import { SettingsStore } from "../../../src/taskpane/state/settings-store";

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
}

test("settings persist under the partition's key, only the known preferences", () => {
  const storage = new MemoryStorage();
  const store = new SettingsStore(storage, "partition-1koki.settings");
  store.update({ insertMode: "insertBelow", language: "en" });
  expect(JSON.parse(storage.data.get("partition-1koki.settings")!)).toEqual({ insertMode: "insertBelow", language: "en" });
  expect(new SettingsStore(storage, "partition-1koki.settings").getSnapshot()).toEqual({ insertMode: "insertBelow", language: "en" });
  expect(new SettingsStore(storage, "partition-2koki.settings").getSnapshot()).toEqual({});
  // Unknown keys are refused, so nothing else can ride along (no text, no tokens).
  expect(() => store.update({ text: "Brief" } as never)).not.toThrow();
  expect(JSON.parse(storage.data.get("partition-1koki.settings")!)).not.toHaveProperty("text");
});

test("stored values that are not valid preferences are dropped, valid ones kept", () => {
  const storage = new MemoryStorage();
  storage.setItem("k", JSON.stringify({ language: "fr", trackChanges: true, insertMode: "comment", text: "Brief", privacyNoticeSeen: 7 }));
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({ trackChanges: true });
  storage.setItem("k", "[1, 2]");
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({});
});

test("broken or blocked storage falls back to defaults", () => {
  const storage = new MemoryStorage();
  storage.setItem("k", "{not json");
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({});
  const blocked = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceeded");
    },
  };
  const store = new SettingsStore(blocked, "k");
  expect(store.getSnapshot()).toEqual({});
  store.update({ trackChanges: true });
  expect(store.getSnapshot()).toEqual({ trackChanges: true });
});

test("the last task per host and the task choices are kept only in their shape", () => {
  const storage = new MemoryStorage();
  const valid = {
    lastTask: { word: "einfache-sprache", outlook: "zusammenfassen" },
    taskChoices: { uebersetzen: { targetLanguage: "uk" }, zusammenfassen: { length: "kurz", bullets: true, sentences: 3 } },
  };
  storage.setItem("k", JSON.stringify(valid));
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual(valid);
  // Another host, a long string (not an id or a choice), an object where a value belongs: dropped.
  storage.setItem("k", JSON.stringify({ lastTask: { excel: "x" }, taskChoices: { a: { focus: "x".repeat(101) } } }));
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({});
  storage.setItem("k", JSON.stringify({ taskChoices: { a: { b: { c: 1 } } }, lastTask: ["word"] }));
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({});
});

test("two panes sharing the store (Word and Outlook at once) keep each other's changes", () => {
  const storage = new MemoryStorage();
  const word = new SettingsStore(storage, "k");
  const outlook = new SettingsStore(storage, "k");
  outlook.update({ privacyNoticeSeen: "123" });
  word.update((current) => ({ lastTask: { ...current.lastTask, word: "einfache-sprache" } }));
  outlook.update((current) => ({ lastTask: { ...current.lastTask, outlook: "zusammenfassen" } }));
  expect(new SettingsStore(storage, "k").getSnapshot()).toEqual({
    privacyNoticeSeen: "123",
    lastTask: { word: "einfache-sprache", outlook: "zusammenfassen" },
  });
  // Each pane sees the other's changes from its next change on.
  expect(word.getSnapshot()).toEqual({ privacyNoticeSeen: "123", lastTask: { word: "einfache-sprache" } });
});

test("a change that could not be written holds in the pane, and is written with the next one", () => {
  const storage = new MemoryStorage();
  const store = new SettingsStore(storage, "k");
  const setItem = storage.setItem;
  storage.setItem = () => {
    throw new Error("QuotaExceeded");
  };
  store.update({ trackChanges: true });
  storage.setItem = setItem;
  store.update({ language: "en" });
  expect(JSON.parse(storage.data.get("k")!)).toEqual({ trackChanges: true, language: "en" });
});
