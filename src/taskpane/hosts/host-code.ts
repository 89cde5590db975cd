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
 * good guess). Without Office.js it is browser mode; Office names its
 * application at the start of the `_host_Info` parameter of the pane's address
 * ("Word$Win32$16.01$de-DE$…"). A wrong guess costs one unused download.
 */
export function guessHost(search: string, officeLoaded: boolean): HostCodeName | undefined {
  if (!officeLoaded) return "browser";
  const info = new URLSearchParams(search).get("_host_Info")?.toLowerCase() ?? "";
  if (info.startsWith("word")) return "word";
  if (info.startsWith("outlook")) return "outlook";
  return undefined;
}
