import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Suspense, lazy, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { useI18n } from "../i18n/i18n";

/** Resets of the on-demand components whose import failed, run when the clerk asks to try again. */
const failed = new Set<() => void>();

/**
 * A component whose code loads on demand. React.lazy keeps a failed import
 * for good; this one imports again after "Noch einmal versuchen" (LazyPart),
 * not before: React renders a failed part again at once, and a fresh import
 * each time would never end while the network is gone.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(reset);
          throw error;
        },
      ),
    );
  let current = attempt();
  const reset = () => {
    current = attempt();
  };
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}

function retryFailed(): void {
  for (const reset of failed) reset();
  failed.clear();
}

function PartFailed({ resetErrorBoundary }: FallbackProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{t("part.failed")}</MessageBarBody>
      <MessageBarActions>
        <Button type="button" onClick={() => resetErrorBoundary()}>
          {t("action.retry")}
        </Button>
        {/* After an update of KoKI the old part is gone for good: only the new version helps. */}
        <Button type="button" onClick={() => window.location.reload()}>
          {t("action.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * A part of the pane whose code loads on demand. While it loads, `fallback`
 * shows; if it cannot load (the network is gone, or KoKI was updated while the
 * pane was open), the part says so and offers to try again, and the rest of
 * the pane keeps working instead of going blank.
 */
export function LazyPart({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PartFailed} onReset={retryFailed}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}
