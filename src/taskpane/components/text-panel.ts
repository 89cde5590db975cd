import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** The bordered, scrollable, focusable box for long text (result, changes). */
export const TEXT_PANEL: GriffelStyle = {
  whiteSpace: "pre-wrap",
  overflowWrap: "anywhere",
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  maxHeight: "50vh",
  overflowY: "auto",
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
};
