declare module "hyphenopoly" {
  const hyphenopoly: { config(options: Record<string, unknown>): { get(language: string): Promise<unknown> } };
  export default hyphenopoly;
}
