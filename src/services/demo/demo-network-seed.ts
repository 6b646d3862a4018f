import type { Executor } from "../../data/index.js";

/** The demo benchmarking network (filled in by the network work). */
export async function seedDemoNetworks(_db: Executor): Promise<void> {}
