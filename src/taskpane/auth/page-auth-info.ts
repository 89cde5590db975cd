import type { AuthInfo } from "../../core/protocol";
import { AUTH_INFO_META } from "../../core/protocol/pane-page";
import { pageData } from "../api/page-data";
import { asAuthInfo } from "../api/response-shape";

/**
 * The sign-in settings the gateway wrote into taskpane.html, or undefined
 * where the page came without them (another server, or a damaged value): the
 * pane then asks GET /api/auth.
 */
export const pageAuthInfo = (content: string | null | undefined): AuthInfo | undefined => pageData(content, asAuthInfo);

/** The content of the page's sign-in meta element. */
export const authInfoMeta = (doc: Document) => doc.querySelector(`meta[name="${AUTH_INFO_META}"]`)?.getAttribute("content");
