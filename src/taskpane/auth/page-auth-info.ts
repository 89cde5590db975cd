import type { AuthInfo } from "../../core/protocol";
import { AUTH_INFO_META } from "../../core/protocol/pane-page";
import { asAuthInfo } from "../api/response-shape";

/**
 * The sign-in settings the gateway wrote into taskpane.html (server
 * http/pane-page.ts), or undefined where the page came without them (another
 * server, or a damaged value): the pane then asks GET /api/auth.
 */
export function pageAuthInfo(content: string | null | undefined): AuthInfo | undefined {
  if (!content) return undefined;
  try {
    return asAuthInfo(JSON.parse(content));
  } catch {
    return undefined;
  }
}

/** The content of the page's sign-in meta element. */
export const authInfoMeta = (doc: Document) => doc.querySelector(`meta[name="${AUTH_INFO_META}"]`)?.getAttribute("content");
