/**
 * A hand-written fake of Office.context.mailbox for read and compose
 * messages, faithful where KoKI depends on it:
 * - every …Async call answers later through its callback with an AsyncResult;
 * - Outlook on the web runs at most three async calls at once: a fourth fails;
 * - a compose body has a type (HTML or text) and a selection;
 * - displayReplyForm refuses more than 32 KB of HTML;
 * - moving to another item fires ItemChanged and replaces mailbox.item.
 * Runs in Node (Jest) and, bundled, in the browser tests.
 */

export interface MessageSpec {
  mode: "read" | "compose";
  itemType?: "message" | "appointment";
  subject?: string;
  /** The body as HTML (bodyType "html") or plain text. */
  body: string;
  bodyType?: "html" | "text";
  /** Compose: the selected passage; it must occur in the body's text. */
  selection?: string;
}

type Callback<T> = (result: { status: "succeeded" | "failed"; value?: T; error?: { code: number; name: string; message: string } }) => void;

const MAX_CONCURRENT = 3;
const REPLY_LIMIT = 32 * 1024;

/** Outlook's own (rough) HTML-to-text for CoercionType.Text. */
function htmlText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)[^>]*>/giu, "\n")
    .replace(/<[^>]+>/gu, "")
    .replace(/&nbsp;/gu, " ")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

export class FakeMailbox {
  item: FakeMessage | null = null;
  concurrent = 0;
  maxConcurrent = 0;
  readonly calls: string[] = [];
  readonly replyForms: { html: string; all: boolean }[] = [];
  /** Milliseconds each async call takes. */
  latencyMs = 5;
  private readonly handlers: (() => void)[] = [];

  open(spec: MessageSpec): FakeMessage {
    this.item = new FakeMessage(this, spec);
    return this.item;
  }

  /** The user moves to another item (or to none); a pinned pane hears ItemChanged. */
  switchTo(spec: MessageSpec | null): void {
    this.item = spec ? new FakeMessage(this, spec) : null;
    for (const handler of this.handlers) handler();
  }

  addHandler(handler: () => void): void {
    this.handlers.push(handler);
  }

  removeHandlers(): void {
    this.handlers.length = 0;
  }

  /** Runs one async call the way Outlook does: later, through the callback, at most three at a time. */
  call<T>(name: string, callback: Callback<T> | undefined, work: () => T): void {
    this.calls.push(name);
    if (this.concurrent >= MAX_CONCURRENT) {
      setTimeout(() => callback?.({ status: "failed", error: { code: 9041, name: "TooManyRequests", message: "Too many concurrent async calls." } }), 0);
      return;
    }
    this.concurrent += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    setTimeout(() => {
      this.concurrent -= 1;
      try {
        callback?.({ status: "succeeded", value: work() });
      } catch (error) {
        callback?.({ status: "failed", error: { code: 9000, name: "GenericError", message: String(error) } });
      }
    }, this.latencyMs);
  }
}

export class FakeMessage {
  readonly itemType: string;
  /** The body's content (HTML or text); `body` is Outlook's Body API object. */
  content: string;
  contentType: "html" | "text";
  subjectText: string;
  selection?: string;
  readonly setCalls: { data: string; coercionType: string }[] = [];

  constructor(
    private readonly mailbox: FakeMailbox,
    spec: MessageSpec,
  ) {
    this.itemType = spec.itemType ?? "message";
    this.content = spec.body;
    this.contentType = spec.bodyType ?? "html";
    this.subjectText = spec.subject ?? "";
    this.selection = spec.selection;
    const self = this as unknown as Record<string, unknown>;
    const bodyApi: Record<string, unknown> = {
      getAsync: (coercionType: string, callback: Callback<string>) =>
        mailbox.call("body.getAsync", callback, () =>
          coercionType === "html" && this.contentType === "html" ? this.content : this.contentType === "html" ? htmlText(this.content) : this.content,
        ),
    };
    if (spec.mode === "read") {
      self.subject = this.subjectText;
      self.itemId = `AAMk${Math.random().toString(36).slice(2)}`;
      self.displayReplyForm = (html: string) => this.reply(html, false);
      self.displayReplyAllForm = (html: string) => this.reply(html, true);
    } else {
      bodyApi.getTypeAsync = (callback: Callback<string>) => mailbox.call("body.getTypeAsync", callback, () => this.contentType);
      bodyApi.setAsync = (data: string, options: { coercionType: string }, callback: Callback<void>) =>
        mailbox.call("body.setAsync", callback, () => {
          this.setCalls.push({ data, coercionType: options.coercionType });
          this.content = data;
        });
      bodyApi.setSelectedDataAsync = (data: string, options: { coercionType: string }, callback: Callback<void>) =>
        mailbox.call("body.setSelectedDataAsync", callback, () => {
          if (!this.selection) throw new Error("nothing selected");
          this.setCalls.push({ data, coercionType: options.coercionType });
          const at = this.content.indexOf(this.selection);
          if (at < 0) throw new Error("selection not in body");
          this.content = this.content.slice(0, at) + data + this.content.slice(at + this.selection.length);
          this.selection = undefined;
        });
      self.getSelectedDataAsync = (_coercionType: string, callback: Callback<{ data: string; sourceProperty: string }>) =>
        mailbox.call("getSelectedDataAsync", callback, () => ({ data: this.selection ?? "", sourceProperty: "body" }));
      self.subject = {
        getAsync: (callback: Callback<string>) => mailbox.call("subject.getAsync", callback, () => this.subjectText),
        setAsync: (subject: string, callback: Callback<void>) =>
          mailbox.call("subject.setAsync", callback, () => {
            if (subject.length > 255) throw new Error("subject too long");
            this.subjectText = subject;
          }),
      };
    }
    self.body = bodyApi;
  }

  private reply(html: string, all: boolean): void {
    if (new TextEncoder().encode(html).length > REPLY_LIMIT) throw new Error("The HTML is longer than 32 KB.");
    this.mailbox.replyForms.push({ html, all });
  }
}

/** Installs `Office` with the mailbox on globalThis. */
export function installFakeOutlook(mailbox: FakeMailbox): { uninstall(): void } {
  const globals = globalThis as Record<string, unknown>;
  const previous = globals.Office;
  globals.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
    HostType: { Word: "Word", Outlook: "Outlook" },
    context: {
      displayLanguage: "de-DE",
      mailbox: {
        get item() {
          return mailbox.item;
        },
        addHandlerAsync: (_type: string, handler: () => void, callback?: Callback<void>) => {
          mailbox.addHandler(handler);
          callback?.({ status: "succeeded" });
        },
        removeHandlerAsync: (_type: string, callback?: Callback<void>) => {
          mailbox.removeHandlers();
          callback?.({ status: "succeeded" });
        },
      },
    },
  };
  return { uninstall: () => (globals.Office = previous) };
}
