/**
 * Copies text. Some Office webviews refuse the async Clipboard API; then a
 * hidden textarea and execCommand("copy") still work.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * Copies text with an HTML version for pasting into Word or Outlook. Where
 * the webview cannot write HTML to the clipboard, the plain text alone.
 */
export async function copyFormatted(text: string, html: string): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({ "text/plain": new Blob([text], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) }),
    ]);
    return true;
  } catch {
    return copyText(text);
  }
}
