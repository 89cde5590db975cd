declare module "*.txt" {
  const content: string;
  export default content;
}

// Style sheets, which webpack extracts (a theme: theme/apply-theme.ts).
declare module "*.css";
