/**
 * Splits a compose body's HTML into the part the clerk is writing and the
 * part KoKI must never touch: the signature and the quoted history below
 * it. Works on the HTML string, so that untouched parts stay byte-identical.
 */

/** Where the untouched tail starts, in Outlook (web, new, classic), Thunderbird and Gmail bodies. */
const TAIL_MARKERS = [
  /<div[^>]*\bid=["']?(x_)?Signature\b/iu,
  /<div[^>]*\bid=["']?(x_)?appendonsend\b/iu,
  /<div[^>]*\bid=["']?(x_)?divRplyFwdMsg\b/iu,
  /<div[^>]*\bclass=["']?[^"'>]*\bOutlookMessageHeader\b/iu,
  /<hr\b[^>]*>\s*(<div[^>]*>\s*)*<(font|span|b|p|div)[^>]*>\s*(<b>\s*)?(Von|From):/iu,
  /-{2,}\s*(Ursprüngliche Nachricht|Original Message)\s*-{2,}/iu,
  /<blockquote\b/iu,
  /<div[^>]*\bclass=["']?[^"'>]*\b(gmail_quote|gmail_signature|moz-cite-prefix|moz-signature)\b/iu,
  // A plain "-- " signature delimiter on its own line.
  /<(p|div)[^>]*>\s*--\s?(<br\s*\/?>|<\/(p|div)>)/iu,
];

export interface ComposeParts {
  /** Everything up to and including <body …> (empty for a fragment). */
  head: string;
  /** The clerk's own text: what KoKI may read and replace. */
  own: string;
  /** Signature, quoted history and the closing tags: kept as they are. */
  tail: string;
}

export function splitComposeHtml(html: string): ComposeParts {
  const bodyOpen = /<body\b[^>]*>/iu.exec(html);
  const ownStart = bodyOpen ? bodyOpen.index + bodyOpen[0].length : 0;
  const rest = html.slice(ownStart);
  const bodyClose = rest.search(/<\/body\s*>/iu);
  let tailStart = bodyClose < 0 ? rest.length : bodyClose;
  for (const marker of TAIL_MARKERS) {
    const found = rest.search(marker);
    if (found >= 0 && found < tailStart) tailStart = found;
  }
  return { head: html.slice(0, ownStart), own: rest.slice(0, tailStart), tail: rest.slice(tailStart) };
}

/** The same for a plain-text body: the signature ("-- ") and quoted history stay. */
export function splitComposeText(text: string): { own: string; tail: string } {
  const match = /^(-- ?$|-{2,}\s*(Ursprüngliche Nachricht|Original Message)\s*-{2,}|_{10,}$|(Von|From):\s.*\n(Gesendet|Sent):|>)/imu.exec(text);
  if (!match) return { own: text, tail: "" };
  return { own: text.slice(0, match.index), tail: text.slice(match.index) };
}
