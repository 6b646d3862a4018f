import type { Executor } from "../../data/index.js";

/** Demo assessments and measures (filled in by the checklist work). */
export async function seedDemoChecklists(_db: Executor): Promise<void> {}
