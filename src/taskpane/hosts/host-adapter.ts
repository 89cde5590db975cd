import type { ClientTask, Host } from "../../core/protocol";
import type { TextStats } from "../../core/text";

/** How a result goes back into the document. */
export type InsertMode = "replace" | "replaceTracked" | "insertBelow" | "comment" | "reply" | "replyAll" | "subject";

/** Which part of an email thread to read (Outlook read mode). */
export type ThreadScope = "latest" | "thread";

export interface ReadOptions {
  thread?: ThreadScope;
}

/** How a result is laid out when written (Leichte Sprache: a sentence per paragraph, larger type). */
export interface InsertLayout {
  sentencePerParagraph?: boolean;
  /** Font size in points for the written text. */
  fontSize?: number;
}

/** What a Word paragraph can hold besides its text: a rewrite does not carry it. */
export type EmbeddedKind = "footnote" | "endnote" | "field" | "hyperlink" | "bookmark" | "contentControl" | "picture" | "comment" | "trackedChange";

/** How many of each kind ("2 Fußnoten, 1 Feld"). */
export type EmbeddedCounts = Partial<Record<EmbeddedKind, number>>;

/** Something the clerk should know about the source before sending it. */
export type SourceNotice =
  | { kind: "tables" }
  /** What the source holds besides text. */
  | { kind: "objects"; counts: EmbeddedCounts }
  /** Kinds this host is too old to look for. */
  | { kind: "unchecked"; kinds: EmbeddedKind[] }
  /** Word passes on only the last of several separate selections. */
  | { kind: "singleRange" };

/** What will be sent: the selection, the whole document, or an email. */
export type SourceScope = "selection" | "document" | "email" | "emailLatest" | "emailThread";

export interface SourceSummary {
  scope: SourceScope;
  stats: TextStats;
  notices?: SourceNotice[];
}

/** The text read at the start of a run, and where it came from. */
export interface SourceSnapshot extends SourceSummary {
  text: string;
  /** Adapter-private pointer to the original range (a tracked Word range, offsets, ...). */
  readonly handle: unknown;
}

/**
 * The one interface between the pane and a host. Components never touch
 * Office.js; they ask an adapter what it can do and tell it what to do.
 */
export interface HostAdapter {
  readonly kind: Host;
  /** Insert modes this host supports, best first. Empty: copy only. */
  readonly insertModes: readonly InsertMode[];
  /** Modes this host lacks only because it is too old; the pane says so. */
  readonly missingModes?: readonly InsertMode[];
  /** True where the clerk chooses between the latest message and the whole thread. */
  readonly threadChoice?: boolean;
  /** Whether a task makes sense here (Outlook read mode: summaries and replies). Default: every task. */
  offersTask?(task: ClientTask): boolean;
  /** What would be sent right now, without holding on to it. */
  describeSource(options?: ReadOptions): Promise<SourceSummary>;
  /** Reads the source for a run and remembers its location for inserting. */
  readSource(options?: ReadOptions): Promise<SourceSnapshot>;
  /** Writes a result (model Markdown) relative to the snapshot's original location. */
  insert(snapshot: SourceSnapshot, markdown: string, mode: InsertMode, layout?: InsertLayout): Promise<void>;
  /** Calls back when the selection or document may have changed. */
  onSourceChanged(listener: () => void): () => void;
  /** Calls back when the user moved to another item (Outlook): runs stop, the view resets. */
  onItemChanged?(listener: () => void): () => void;
  /** Selects characters start…end of a snapshot's text in the document (for readability findings). */
  selectPassage?(snapshot: SourceSnapshot, start: number, end: number): Promise<void>;
}
