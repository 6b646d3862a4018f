/** Says loudly, once per run, which databases the integration tier runs against. */
export default function announceDatabases(): void {
  const url = process.env.JAMT_TEST_DATABASE_URL;
  if (url) {
    console.log(`\n[integration] SQLite + PostgreSQL (${url.replace(/:[^:@/]*@/, ":***@")})\n`);
    return;
  }
  const line = "!".repeat(78);
  console.warn(
    `\n${line}\n!! PostgreSQL HOPPAS ÖVER: JAMT_TEST_DATABASE_URL är inte satt.\n` +
      `!! PostgreSQL SKIPPED: set JAMT_TEST_DATABASE_URL=postgres://… to run the integration tests on it too.\n${line}\n`,
  );
}
