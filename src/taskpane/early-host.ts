import { guessHost, hostCode } from "./hosts/host-code";
import { officeScriptLoaded } from "./office/office-ready";

// index.tsx imports this first, so it runs before React and the pane's modules
// are evaluated: the host's code loads meanwhile instead of after them.
const guess = guessHost(window.location.search, officeScriptLoaded());
if (guess) hostCode[guess]().catch(() => undefined);
