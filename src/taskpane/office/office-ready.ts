/** What Office told us at start-up. `host` is null in a plain browser. */
export interface OfficeInfo {
  host: "word" | "outlook" | null;
  /** Office's UI language ("de-DE"), when running inside Office. */
  displayLanguage?: string;
  /** Prefix for localStorage keys, so add-ins on one origin stay apart. */
  partitionKey?: string;
  /** True when office.js never answered and we fell back to browser mode. */
  timedOut: boolean;
  /** Office's theme, where Office tells it. */
  dark?: boolean;
}

/** Dark Office themes have a dark body background. */
function isDark(color: string | undefined): boolean | undefined {
  const hex = /^#?([0-9a-f]{6})$/iu.exec(color ?? "")?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
}

const BROWSER: OfficeInfo = { host: null, timedOut: false };

/** False where Office.js did not load (blocked CDN, no network): the pane runs in browser mode. */
export function officeScriptLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/**
 * The only place that awaits Office readiness. Office.js comes from
 * Microsoft's CDN; if it is missing or silent for `timeoutMs`, the pane runs
 * in browser mode instead of staying blank.
 */
export async function waitForOffice(timeoutMs = 4000): Promise<OfficeInfo> {
  if (!officeScriptLoaded()) return BROWSER;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === "timeout") return { host: null, timedOut: true };
    const host = info.host === Office.HostType.Word ? "word" : info.host === Office.HostType.Outlook ? "outlook" : null;
    if (!host) return BROWSER;
    return {
      host,
      displayLanguage: Office.context?.displayLanguage,
      partitionKey: Office.context?.partitionKey,
      timedOut: false,
      dark: isDark(Office.context?.officeTheme?.bodyBackgroundColor),
    };
  } catch {
    return BROWSER;
  } finally {
    clearTimeout(timer);
  }
}
