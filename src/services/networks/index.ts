import type { Executor } from "../../data/index.js";

/** Network rounds, groups, learning meetings, mentors and sharing (filled in by the network work). */
export interface NetworkServices {}

export function createNetworkServices(_db: Executor): NetworkServices {
  return {};
}
