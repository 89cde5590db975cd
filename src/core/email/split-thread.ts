/**
 * Finds where the newest message of an email ends and the quoted history
 * begins, for German and English Outlook, Thunderbird and Gmail formats.
 */

const DIVIDER_LINES = [
  /^-{2,}\s*(Ursprüngliche Nachricht|Original Message|Weitergeleitete Nachricht|Forwarded message|Originalnachricht)\s*-{2,}\s*$/iu,
  // Outlook's reply separator, and a horizontal rule turned into text.
  /^_{10,}\s*$/u,
  /^(Am|On)\s.{4,200}\s(schrieb|wrote)\b.{0,120}:\s*$/iu,
  /^>/u,
];

const FROM_LINE = /^\*?(Von|From):\*?\s*\S/iu;
const SENT_LINE = /^\*?(Gesendet|Sent|Datum|Date|An|To|Betreff|Subject|Cc):\*?\s/iu;
const HEADER_LINE = /^\*?(Von|From|An|To|Cc|Betreff|Subject|Gesendet|Sent|Datum|Date):\*?\s/iu;

export interface ThreadSplit {
  /** The newest message, with its own header lines if the text has them. */
  latest: string;
  /** Everything below it: the quoted older messages ("" if none). */
  history: string;
  /** How many earlier messages the history holds (by their dividers). */
  earlierMessages: number;
}

/** Index of the first line of quoted history, or -1. A header block at the very top is the message's own. */
function isDivider(lines: string[], index: number, seenContent: boolean): boolean {
  const line = lines[index]!.trim();
  if (DIVIDER_LINES.some((pattern) => pattern.test(line))) return seenContent || !/^>/u.test(line);
  // "Am 3. März 2025 um 10:12 schrieb" on one line and "Name <mail>:" on the next.
  if (/^(Am|On)\s/iu.test(line) && /(schrieb|wrote)\b.{0,120}:\s*$/iu.test(lines[index + 1]?.trim() ?? "")) return true;
  if (seenContent && FROM_LINE.test(line)) {
    return lines.slice(index + 1, index + 5).some((next) => SENT_LINE.test(next.trim()));
  }
  return false;
}

export function splitThread(text: string): ThreadSplit {
  const lines = text.replace(/\r\n?/gu, "\n").split("\n");
  let seenContent = false;
  let start = -1;
  let earlierMessages = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    if (isDivider(lines, index, seenContent)) {
      if (start < 0) start = index;
      earlierMessages += 1;
      // A divider line and the header block under it count once; skip to the block's end.
      while (index + 1 < lines.length && HEADER_LINE.test(lines[index + 1]!.trim())) index += 1;
      if (line.startsWith(">")) {
        while (index + 1 < lines.length && lines[index + 1]!.trim().startsWith(">")) index += 1;
      }
      continue;
    }
    if (line !== "" && !HEADER_LINE.test(line)) seenContent = true;
  }
  if (start < 0) return { latest: text.trim(), history: "", earlierMessages: 0 };
  return { latest: lines.slice(0, start).join("\n").trim(), history: lines.slice(start).join("\n").trim(), earlierMessages };
}
