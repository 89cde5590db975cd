import { blocksToHtml, blocksToText, runsHtml, type Block } from "../../../core/markdown";
import type { InsertLayout, InsertMode } from "../host-adapter";
import { loadSanitizer } from "../html-sanitizer";
import { HostError } from "../host-error";
import { resultBlocks } from "../result-blocks";
import { isSameItem } from "./current-item";
import type { EmailHandle } from "./email-handle";
import { outlookCall } from "./outlook-call";

/** displayReplyForm takes at most 32 KB of HTML. */
export const REPLY_LIMIT_BYTES = 32 * 1024;
/** Outlook's subject field. */
const SUBJECT_LIMIT = 255;

/** Writes a result into the item it was made for, and into no other. */
export async function writeEmail(handle: EmailHandle, markdown: string, mode: InsertMode, layout: InsertLayout): Promise<void> {
  if (!isSameItem(handle.item)) throw new HostError("source_changed");
  const [blocks, { sanitizeHtml }] = await Promise.all([resultBlocks(markdown, layout), loadSanitizer()]);
  // Style-free, sanitised HTML: Outlook drops inline CSS, and nothing from the model may run.
  const emailHtml = (from: Block[]) => sanitizeHtml(blocksToHtml(from));
  if (handle.kind === "read") {
    if (mode !== "reply" && mode !== "replyAll") throw new HostError("not_supported");
    const html = emailHtml(blocks);
    if (new TextEncoder().encode(html).length > REPLY_LIMIT_BYTES) throw new HostError("reply_too_long");
    if (mode === "replyAll") handle.item.displayReplyAllForm(html);
    else handle.item.displayReplyForm(html);
    return;
  }
  const item = handle.item;
  if (mode === "subject") {
    const subject = blocksToText(blocks).split("\n")[0]!.trim().slice(0, SUBJECT_LIMIT);
    await outlookCall<void>((done) => item.subject.setAsync(subject, done));
    return;
  }
  if (mode !== "replace") throw new HostError("not_supported");
  const coercionType = handle.html ? Office.CoercionType.Html : Office.CoercionType.Text;
  // One paragraph replacing a selected passage goes in inline, without a new <p>.
  const inline = handle.kind === "selection" && blocks.length === 1 && blocks[0]!.kind === "paragraph";
  const content = !handle.html ? blocksToText(blocks) : inline ? sanitizeHtml(runsHtml(blocks[0]!.runs)) : emailHtml(blocks);
  if (handle.kind === "selection") {
    // Outlook cannot keep a selection: write only if the same text is still selected.
    const now = await outlookCall<{ data: string }>((done) => item.getSelectedDataAsync(Office.CoercionType.Text, done));
    if (now.data !== handle.selection) throw new HostError("source_changed");
    await outlookCall<void>((done) => item.body.setSelectedDataAsync(content, { coercionType }, done));
    return;
  }
  const full = await outlookCall<string>((done) => item.body.getAsync(coercionType, done));
  if (full !== handle.full) throw new HostError("source_changed");
  // Signature and quoted history go back exactly as they were.
  const body = handle.html ? handle.parts.head + content + handle.parts.tail : `${content}\n\n${handle.parts.tail}`.trimEnd();
  await outlookCall<void>((done) => item.body.setAsync(body, { coercionType }, done));
}
