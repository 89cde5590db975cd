// The minimal task pane the pane benchmark compares against: React + Fluent v9, one heading, one button.
import { Button, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Title3 as="h1">Baseline</Title3>
      <Button appearance="primary">Start</Button>
    </main>
  </FluentProvider>,
);
