import type { networks as sv } from "../sv/networks.js";
import type { Translation } from "../translation.js";

/** Network round texts and errors. */
export const networks: Translation<typeof sv> = {
  title: "TODO",
};
