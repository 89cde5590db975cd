import type { ComposeParts } from "../../../core/email";

/** What the Outlook adapter keeps between reading an email and writing a result. */
export type EmailHandle =
  | { kind: "read"; item: Office.MessageRead }
  | { kind: "selection"; item: Office.MessageCompose; html: boolean; selection: string }
  /** The whole body minus signature and history; `full` is the body as read, for the conflict check. */
  | { kind: "body"; item: Office.MessageCompose; html: true; full: string; parts: ComposeParts }
  | { kind: "body"; item: Office.MessageCompose; html: false; full: string; parts: { own: string; tail: string } };
