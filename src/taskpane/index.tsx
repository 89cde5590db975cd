import { createRoot } from "react-dom/client";
import { Root } from "./components/root";

createRoot(document.getElementById("root")!).render(<Root />);
