/** The editable sample document of browser mode, as a tiny external store. */
export interface BrowserDocumentState {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  /** Set when the pane selects a passage, so the editor shows the selection and takes focus. */
  focusRequest?: number;
}

type Listener = () => void;

export class BrowserDocument {
  private state: BrowserDocumentState;
  private readonly listeners = new Set<Listener>();

  constructor(text: string) {
    this.state = { text, selectionStart: 0, selectionEnd: 0 };
  }

  getState = (): BrowserDocumentState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(next: Partial<BrowserDocumentState>): void {
    const merged = { ...this.state, ...next };
    if (
      merged.text === this.state.text &&
      merged.selectionStart === this.state.selectionStart &&
      merged.selectionEnd === this.state.selectionEnd &&
      merged.focusRequest === this.state.focusRequest
    ) {
      return;
    }
    this.state = merged;
    for (const listener of this.listeners) listener();
  }
}
