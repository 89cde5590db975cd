/** Who is calling, as far as the gateway needs to know: a stable id and group memberships. */
export interface Principal {
  /** Entra `oid`, OIDC `sub`, a token's name, or the proxy's user header. */
  id: string;
  groups: string[];
}

/** The user of `auth.mode: none` (development on loopback only). */
export const LOCAL_USER: Principal = { id: "local", groups: [] };
