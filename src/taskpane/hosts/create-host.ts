import type { OfficeInfo } from "../office/office-ready";
import type { HostAdapter } from "./host-adapter";
import type { BrowserDocument } from "./browser/browser-document";

export interface HostSetup {
  adapter: HostAdapter;
  /** Only in browser mode: the editable sample document. */
  browserDocument?: BrowserDocument;
}

/** Picks the adapter once, after Office is ready. Each host's code loads only where it is used. */
export async function createHost(office: OfficeInfo): Promise<HostSetup> {
  if (office.host === "word") {
    const { createWordAdapter } = await import(/* webpackChunkName: "host-word" */ "./word/word-adapter");
    return { adapter: createWordAdapter() };
  }
  if (office.host === "outlook") {
    const { createOutlookAdapter } = await import(/* webpackChunkName: "host-outlook" */ "./outlook/outlook-adapter");
    return { adapter: createOutlookAdapter() };
  }
  const [{ BrowserDocument }, { createBrowserAdapter }, { default: sample }] = await Promise.all([
    import(/* webpackChunkName: "host-browser" */ "./browser/browser-document"),
    import(/* webpackChunkName: "host-browser" */ "./browser/browser-host"),
    import(/* webpackChunkName: "host-browser" */ "./browser/sample-letter.txt"),
  ]);
  const browserDocument = new BrowserDocument(sample);
  return { adapter: createBrowserAdapter(browserDocument), browserDocument };
}
