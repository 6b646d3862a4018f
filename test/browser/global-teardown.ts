import { rmSync } from "node:fs";

/** Removes the temporary data directory the server used during the run. */
export default function globalTeardown(): void {
  const dataDir = process.env.JAMT_BROWSER_TEST_DATA_DIR;
  if (dataDir?.includes("jamt-browser-")) rmSync(dataDir, { recursive: true, force: true });
}
