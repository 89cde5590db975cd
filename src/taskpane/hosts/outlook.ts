import { blocksToText, markdownToBlocks } from "../../core/markdown";
import { isBlank, textStats } from "../../core/text";
import type { HostAdapter, InsertMode, SourceScope, SourceSnapshot } from "./host-adapter";
import { HostError } from "./host-error";
import { officeAsync } from "./office-async";

type Item = Office.MessageRead | Office.MessageCompose;

function currentItem(): Item {
  const item = Office.context.mailbox.item as Item | null | undefined;
  if (!item) throw new HostError("read_failed");
  return item;
}

function isCompose(item: Item): item is Office.MessageCompose {
  return typeof (item as Office.MessageCompose).getSelectedDataAsync === "function";
}

async function readText(): Promise<{ text: string; scope: SourceScope; selected: boolean }> {
  const item = currentItem();
  if (isCompose(item)) {
    const selected = await officeAsync<{ data: string }>((cb) => item.getSelectedDataAsync(Office.CoercionType.Text, cb));
    if (!isBlank(selected.data)) return { text: selected.data, scope: "selection", selected: true };
  }
  const body = await officeAsync<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb));
  return { text: body, scope: "email", selected: false };
}

/**
 * Outlook: reads the selection (compose) or the body, and in compose mode
 * replaces the selection. Read mode offers copying only.
 * Thread handling and reply forms come with the Outlook issue.
 */
export function createOutlookAdapter(): HostAdapter {
  const compose = isCompose(currentItem());
  return {
    kind: "outlook",
    insertModes: compose ? ["replace"] : [],

    async describeSource() {
      try {
        const { text, scope } = await readText();
        return { scope, stats: textStats(text) };
      } catch (error) {
        throw new HostError("read_failed", { cause: error });
      }
    },

    async readSource(): Promise<SourceSnapshot> {
      try {
        const { text, scope, selected } = await readText();
        return { scope, stats: textStats(text), text, handle: { item: currentItem(), selected } };
      } catch (error) {
        throw new HostError("read_failed", { cause: error });
      }
    },

    async insert(snapshot: SourceSnapshot, markdown: string, mode: InsertMode) {
      const text = blocksToText(markdownToBlocks(markdown));
      const { item, selected } = snapshot.handle as { item: Item; selected: boolean };
      if (mode !== "replace" || !isCompose(item)) throw new HostError("not_supported");
      // Never write into an item other than the one the result was made for.
      if (item !== Office.context.mailbox.item) throw new HostError("source_changed");
      try {
        if (selected) await officeAsync<void>((cb) => item.setSelectedDataAsync(text, { coercionType: Office.CoercionType.Text }, cb));
        else await officeAsync<void>((cb) => item.body.setAsync(text, { coercionType: Office.CoercionType.Text }, cb));
      } catch (error) {
        throw new HostError("write_failed", { cause: error });
      }
    },

    onSourceChanged(listener) {
      const handler = () => listener();
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler);
      // Outlook removes every handler of the type; the pane registers only this one.
      return () => Office.context.mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
    },
  };
}
