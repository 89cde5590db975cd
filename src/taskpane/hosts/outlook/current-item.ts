import { HostError } from "../host-error";

export type MailItem = Office.MessageRead | Office.MessageCompose;

/** The open item, if it is a message; anything else gets a clear error. */
export function currentMessage(): MailItem {
  const item = Office.context.mailbox.item as (MailItem & { itemType?: string }) | null | undefined;
  if (!item) throw new HostError("no_item");
  if (item.itemType !== undefined && item.itemType !== (Office.MailboxEnums.ItemType.Message as string)) throw new HostError("not_a_message");
  return item;
}

export function isCompose(item: MailItem): item is Office.MessageCompose {
  return typeof (item as Office.MessageCompose).getSelectedDataAsync === "function";
}

/** The same item the result was made for? Outlook hands out a new object per item. */
export function isSameItem(item: MailItem): boolean {
  const now = Office.context.mailbox.item as MailItem | null;
  return now === item;
}
