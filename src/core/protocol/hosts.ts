import { z } from "zod/mini";
import { HOSTS } from "./host-names";

export const hostSchema = z.enum(HOSTS);
