import type { OfficeInfo } from "../office/office-ready";
import type { HostAdapter } from "./host-adapter";
import type { BrowserDocument } from "./browser/browser-document";
import { hostCode } from "./host-code";

export interface HostSetup {
  adapter: HostAdapter;
  /** Only in browser mode: the editable sample document. */
  browserDocument?: BrowserDocument;
}

/** Picks the adapter once, after Office is ready. Each host's code loads only where it is used. */
export async function createHost(office: OfficeInfo): Promise<HostSetup> {
  if (office.host === "word") {
    const { createWordAdapter } = await hostCode.word();
    return { adapter: createWordAdapter() };
  }
  if (office.host === "outlook") {
    const { createOutlookAdapter } = await hostCode.outlook();
    return { adapter: createOutlookAdapter() };
  }
  const [{ BrowserDocument }, { createBrowserAdapter }, { default: sample }] = await hostCode.browser();
  const browserDocument = new BrowserDocument(sample);
  return { adapter: createBrowserAdapter(browserDocument), browserDocument };
}
