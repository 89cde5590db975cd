import { ToolInputError } from "../tool-input-error";

/** The 16 Länder by their official abbreviations (Kürzel). */
export const LAENDER = {
  BW: "Baden-Württemberg",
  BY: "Bayern",
  BE: "Berlin",
  BB: "Brandenburg",
  HB: "Bremen",
  HH: "Hamburg",
  HE: "Hessen",
  MV: "Mecklenburg-Vorpommern",
  NI: "Niedersachsen",
  NW: "Nordrhein-Westfalen",
  RP: "Rheinland-Pfalz",
  SL: "Saarland",
  SN: "Sachsen",
  ST: "Sachsen-Anhalt",
  SH: "Schleswig-Holstein",
  TH: "Thüringen",
} as const;

export type Land = keyof typeof LAENDER;
export const LAND_CODES = Object.keys(LAENDER) as Land[];
export const DEFAULT_LAND: Land = "NW";

const ALIASES: Record<string, Land> = { NRW: "NW" };

/** "nw", "NRW" or "Nordrhein-Westfalen" → "NW"; undefined for anything else. */
export function landOf(text: string): Land | undefined {
  const key = text.trim().toUpperCase();
  if (key in LAENDER) return key as Land;
  if (key in ALIASES) return ALIASES[key];
  return LAND_CODES.find((code) => LAENDER[code].toUpperCase() === key);
}

/** The Land an office set (default NW); a ToolInputError that lists the Kürzel otherwise. */
export function settingsLand(settings: { land?: string }): Land {
  if (settings.land === undefined) return DEFAULT_LAND;
  const land = landOf(settings.land);
  if (!land) throw new ToolInputError(`Das Land „${settings.land}“ kennt KoKI nicht. Bitte nennen Sie ein Kürzel: ${LAND_CODES.join(", ")}.`);
  return land;
}
