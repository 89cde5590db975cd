import type { AuthInfo, ClientConfig, ErrorResponse } from "../../core/protocol";

/*
 * Quick shape checks of the gateway's JSON answers on the pane's start path.
 * The full zod schemas stay the contract: the gateway builds its answers to
 * them, and an integration test holds GET /api/config to clientConfigSchema.
 * The pane and the gateway ship from one build (taskpane.html is never
 * cached), so these checks only need to catch what else can arrive: a
 * proxy's or a login page's answer, or a gateway of another version. Running
 * zod here cost the first start about 10–30 ms (docs/BENCHMARKS.md).
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isPositiveInt = (value: unknown): boolean => Number.isInteger(value) && (value as number) > 0;
const isLocalized = (value: unknown): boolean => isObject(value) && isString(value.de) && isString(value.en);
const arrayOf = (value: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(check);
const oneOf =
  <T extends string>(...allowed: T[]) =>
  (value: unknown): value is T =>
    allowed.includes(value as T);

const OPTION_TYPES = oneOf("choice", "text", "boolean", "number");

function isTaskOption(value: unknown): boolean {
  if (!isObject(value) || !isString(value.id) || !isLocalized(value.label) || !OPTION_TYPES(value.type)) return false;
  return value.type !== "choice" || arrayOf(value.choices, (choice) => isObject(choice) && isString(choice.value) && isLocalized(choice.label));
}

function isClientTask(value: unknown): boolean {
  return (
    isObject(value) &&
    isString(value.id) &&
    isLocalized(value.label) &&
    isLocalized(value.description) &&
    isString(value.group) &&
    arrayOf(value.hosts, isString) &&
    arrayOf(value.options, isTaskOption) &&
    isString(value.output) &&
    isString(value.masking) &&
    isObject(value.layout)
  );
}

/** GET /api/config, or a TypeError when the answer is not a config of this version. */
export function asClientConfig(value: unknown): ClientConfig {
  const { tasks, limits, privacy, insert, backend, lexicon } = isObject(value) ? value : {};
  const valid =
    arrayOf(tasks, isClientTask) &&
    isObject(limits) &&
    isPositiveInt(limits.maxInputChars) &&
    isPositiveInt(limits.confirmDocumentWords) &&
    isObject(privacy) &&
    arrayOf(privacy.allowList, isString) &&
    arrayOf(privacy.fileNumberPatterns, isString) &&
    isObject(insert) &&
    isObject(backend) &&
    typeof backend.configured === "boolean" &&
    isString(backend.displayName) &&
    Array.isArray(lexicon);
  if (!valid) throw new TypeError("not a client config");
  return value as ClientConfig;
}

const AUTH_MODES = oneOf<AuthInfo["mode"]>("none", "oidc", "tokens", "trusted-header");

/** GET /api/auth, or a TypeError. */
export function asAuthInfo(value: unknown): AuthInfo {
  const { mode, client } = isObject(value) ? value : {};
  const clientValid = client === undefined || (isObject(client) && isString(client.clientId) && isString(client.authority) && isString(client.scope));
  if (!AUTH_MODES(mode) || !clientValid) throw new TypeError("not sign-in settings");
  return value as AuthInfo;
}

/** The gateway's JSON error answer, or a TypeError (a proxy's page, for example). */
export function asErrorResponse(value: unknown): ErrorResponse {
  const error = isObject(value) ? value.error : undefined;
  if (!isObject(error) || !isString(error.code) || !isString(error.message)) throw new TypeError("not an error answer");
  return value as ErrorResponse;
}
