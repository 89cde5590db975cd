// First: starts loading the host's code while the modules below are evaluated.
import "./early-host";
// The light theme's variables, in the first style sheet (theme/apply-theme.ts).
import "./theme/light.theme.css";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { Root } from "./components/root";
import { settle, startPane } from "./start-pane";

// Start-up (Office, sign-in, config) runs while the scripts finish loading.
const outcome = settle(startPane());
// The HTML shows KoKI's name already. If start-up is quick, React renders the
// ready pane at once instead of a loading state first.
const quick = new Promise<undefined>((resolve) => setTimeout(resolve, 250));
void Promise.race([outcome, quick]).then((early) => {
  const root = createRoot(document.getElementById("root")!);
  // Render now rather than in a later task, before which the browser would paint the shell once more.
  flushSync(() => root.render(<Root outcome={outcome} early={early} />));
});
