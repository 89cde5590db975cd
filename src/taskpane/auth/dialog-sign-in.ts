import type { AuthInfo } from "../../core/protocol";

type Client = NonNullable<AuthInfo["client"]>;

/** What auth-dialog.html sends back through Office.context.ui.messageParent. */
export interface DialogResult {
  token?: string;
  expires?: number;
  error?: string;
}

/**
 * Fallback for Office without nested app authentication: the sign-in runs
 * in an Office dialog (auth-dialog.html, same origin), which returns the
 * access token by message. The token stays in this pane's memory.
 */
export function tokenViaDialog(client: Client): Promise<{ token: string; expires: number }> {
  const url = new URL("auth-dialog.html", window.location.href);
  url.search = new URLSearchParams({ clientId: client.clientId, authority: client.authority, scope: client.scope }).toString();
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 60, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`dialog ${opened.error.code}`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (event) => {
        dialog.close();
        const result = JSON.parse((event as { message: string }).message) as DialogResult;
        if (result.token && result.expires) resolve({ token: result.token, expires: result.expires });
        else reject(new Error(result.error ?? "sign-in failed"));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => reject(new Error("sign-in dialog closed")));
    });
  });
}
