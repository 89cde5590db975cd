import type { ClientConfig } from "../../core/protocol";
import { CLIENT_CONFIG_ID } from "../../core/protocol/pane-page";
import { pageData } from "./page-data";
import { asClientConfig } from "./response-shape";

/**
 * The user's config that the gateway wrote into taskpane.html, or undefined
 * where the page came without it (Entra sign-in, another server, a damaged
 * value): the pane then asks GET /api/config.
 */
export const pageClientConfig = (json: string | null | undefined): ClientConfig | undefined => pageData(json, asClientConfig);

/** The text of the page's config data element. */
export const clientConfigData = (doc: Document) => doc.getElementById(CLIENT_CONFIG_ID)?.textContent;
