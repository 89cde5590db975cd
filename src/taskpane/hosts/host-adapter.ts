import type { Host } from "../../core/protocol";
import type { TextStats } from "../../core/text";

/** How a result goes back into the document. */
export type InsertMode = "replace" | "insertBelow";

/** What will be sent: the selection, the whole document, or an email. */
export type SourceScope = "selection" | "document" | "email";

export interface SourceSummary {
  scope: SourceScope;
  stats: TextStats;
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
  /** What would be sent right now, without holding on to it. */
  describeSource(): Promise<SourceSummary>;
  /** Reads the source for a run and remembers its location for inserting. */
  readSource(): Promise<SourceSnapshot>;
  /** Writes a result relative to the snapshot's original location. */
  insert(snapshot: SourceSnapshot, text: string, mode: InsertMode): Promise<void>;
  /** Calls back when the selection or document may have changed. */
  onSourceChanged(listener: () => void): () => void;
  /** Selects characters start…end of a snapshot's text in the document (for readability findings). */
  selectPassage?(snapshot: SourceSnapshot, start: number, end: number): Promise<void>;
}
