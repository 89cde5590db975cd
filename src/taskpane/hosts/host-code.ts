import { officeAppInAddress } from "../../core/protocol/pane-page";

/** Each host's code, in a chunk of its own; a chunk that is loading or loaded is not fetched again. */
export const hostCode = {
  word: () => import(/* webpackChunkName: "host-word" */ "./word/word-adapter"),
  outlook: () => import(/* webpackChunkName: "host-outlook" */ "./outlook/outlook-adapter"),
  browser: () =>
    Promise.all([
      import(/* webpackChunkName: "host-browser" */ "./browser/browser-document"),
      import(/* webpackChunkName: "host-browser" */ "./browser/browser-host"),
      import(/* webpackChunkName: "host-browser" */ "./browser/sample-letter.txt"),
    ]),
};

export type HostCodeName = keyof typeof hostCode;

/**
 * The host the pane most likely runs in, before Office says so (undefined: no
 * good guess). Without Office.js it is browser mode; otherwise Office names its
 * application in the pane's address. A wrong guess costs one unused download.
 */
export function guessHost(search: string, officeLoaded: boolean): HostCodeName | undefined {
  return officeLoaded ? officeAppInAddress(search) : "browser";
}
