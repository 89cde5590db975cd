/**
 * The Word fake as the browser tests serve it in Office.js's place: it builds
 * the document from `window.__KOKI_WORD_SETUP__` (set by an init script),
 * installs `Word` and `Office`, and answers Office.onReady as Word would.
 */
import { FakeWordDocument, installFakeWord, type ParagraphSpec } from "./word-fake";

export interface WordSetup {
  paragraphs: ParagraphSpec[];
  api?: number;
  /** Paragraph indexes (inclusive) selected as whole paragraphs. */
  select?: [number, number];
  trackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
}

const globals = globalThis as Record<string, unknown>;
const setup = globals.__KOKI_WORD_SETUP__ as WordSetup;
const doc = new FakeWordDocument(setup.paragraphs);
if (setup.select) doc.select(doc.paragraphSpan(setup.select[0]).start, doc.paragraphSpan(setup.select[1]).end);
if (setup.trackingMode) doc.changeTrackingMode = setup.trackingMode;
const installed = installFakeWord(doc, { api: setup.api });
const office = globals.Office as Record<string, unknown> & { context: Record<string, unknown> };
office.HostType = { Word: "Word", Outlook: "Outlook" };
office.onReady = () => Promise.resolve({ host: "Word", platform: "OfficeOnline" });
office.context.displayLanguage = "de-DE";
globals.__wordFake = { doc, selectionChanged: installed.selectionChanged };
