import type { networkPages as sv } from "../sv/network-pages.js";
import type { Translation } from "../translation.js";

/** Web pages of networks. */
export const networkPages: Translation<typeof sv> = {
  title: "TODO",
};
