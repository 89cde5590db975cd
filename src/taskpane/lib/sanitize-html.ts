import DOMPurify from "dompurify";

/** The only markup KoKI writes into documents and emails: structure and emphasis, no attributes. */
const ALLOWED_TAGS = ["p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "b", "em", "i"];

/**
 * Every HTML string goes through here before it reaches a host. Our own
 * HTML is already escaped; this is the second wall. Without a DOM (never in
 * the pane) it refuses rather than pass markup on unchecked.
 */
export function sanitizeHtml(html: string): string {
  if (!DOMPurify.isSupported) throw new Error("HTML sanitising needs a DOM");
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], ALLOW_DATA_ATTR: false, KEEP_CONTENT: true });
}
