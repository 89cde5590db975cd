import { emailHtmlToText, splitComposeHtml, splitComposeText, splitThread } from "../../../core/email";
import { isBlank } from "../../../core/text";
import type { SourceScope, ThreadScope } from "../host-adapter";
import { currentMessage, isCompose } from "./current-item";
import type { EmailHandle } from "./email-handle";
import { outlookCall } from "./outlook-call";

export interface EmailSource {
  text: string;
  scope: SourceScope;
  handle: EmailHandle;
}

/**
 * Read mode: the body as clean text, the latest message or the whole thread
 * (Outlook has no read-mode selection). Compose mode: the selection, or the
 * clerk's own text without signature and quoted history.
 */
export async function readEmail(thread: ThreadScope = "latest"): Promise<EmailSource> {
  const item = currentMessage();
  if (isCompose(item)) return readCompose(item);
  const html = await outlookCall<string>((done) => item.body.getAsync(Office.CoercionType.Html, done));
  const split = splitThread(emailHtmlToText(html));
  const body = thread === "latest" ? split.latest : [split.latest, split.history].filter(Boolean).join("\n\n");
  const subject = item.subject ? `Betreff: ${item.subject}\n\n` : "";
  return { text: subject + body, scope: thread === "latest" ? "emailLatest" : "emailThread", handle: { kind: "read", item } };
}

async function readCompose(item: Office.MessageCompose): Promise<EmailSource> {
  const [selected, bodyType] = await Promise.all([
    outlookCall<{ data: string }>((done) => item.getSelectedDataAsync(Office.CoercionType.Text, done)),
    outlookCall<Office.CoercionType>((done) => item.body.getTypeAsync(done)),
  ]);
  const html = bodyType === Office.CoercionType.Html;
  if (!isBlank(selected.data)) return { text: selected.data, scope: "selection", handle: { kind: "selection", item, html, selection: selected.data } };
  if (html) {
    const full = await outlookCall<string>((done) => item.body.getAsync(Office.CoercionType.Html, done));
    const parts = splitComposeHtml(full);
    return { text: emailHtmlToText(parts.own), scope: "email", handle: { kind: "body", item, html, full, parts } };
  }
  const full = await outlookCall<string>((done) => item.body.getAsync(Office.CoercionType.Text, done));
  const parts = splitComposeText(full);
  return { text: parts.own.trim(), scope: "email", handle: { kind: "body", item, html, full, parts } };
}
