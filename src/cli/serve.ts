import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Config, describeDatabase } from "../config/config.js";
import { deleteExpiredSessions, now } from "../data/index.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, seedDemoData, translate } from "../services/index.js";
import { type Application, openApplication } from "./application.js";
import { EXIT } from "./exit-codes.js";
import { cliLocale, say } from "./messages.js";

const WEB_ROOT = fileURLToPath(new URL("../web", import.meta.url));
const HOUR = 3600 * 1000;

/**
 * `jamt serve`: opens the database, serves the API and the web front end, and shuts down
 * gracefully on SIGINT/SIGTERM (requests in flight finish, then the database closes).
 */
export async function serve(config: Config): Promise<void> {
  const application = await openApplication(config, { webRoot: path.resolve(WEB_ROOT), seedDemo: false });
  const stopOnSignal = gracefulShutdown(application);
  try {
    await application.app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await application.close();
    if ((error as { code?: string }).code === "EADDRINUSE") {
      console.error(say("errors.startup.portInUse", { port: config.port }));
      process.exit(EXIT.listen);
    }
    throw error;
  }
  const address = application.app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
  // Demo data only once the server listens, so that a failed start leaves the database
  // empty and the next start still prints the demo logins.
  const demoSeeded = config.demoData && (await seedDemoData(application.database.db)).kind === "seeded";
  printWelcome(`http://${host}:${port}`, config, demoSeeded);

  const sweep = setInterval(
    () => void deleteExpiredSessions(application.database.db, now()).catch(() => undefined),
    HOUR,
  );
  sweep.unref();
  void stopOnSignal.then(() => clearInterval(sweep));
}

/**
 * Installed before listening: on SIGINT/SIGTERM the server stops accepting connections,
 * lets every request it has started finish, closes the database, and exits 0.
 */
function gracefulShutdown(application: Application): Promise<void> {
  return new Promise((resolve) => {
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      resolve();
      console.log(`\n${signal}: Jämt stänger ner … (shutting down)`);
      application.close().then(
        () => process.exit(EXIT.ok),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    };
    process.on("SIGINT", () => shutdown("SIGINT"));
    process.on("SIGTERM", () => shutdown("SIGTERM"));
  });
}

function describeRoles(account: DemoAccount): string {
  const roles = [...new Set(account.roles.map((r) => translate(cliLocale(), `roles.${r.role}`)))];
  const organisations = account.roles.map((r) => r.organisation.replace(/^Region | \(demo\)$/g, ""));
  return `${roles.join(", ")} (${[...new Set(organisations)].join(", ")})`;
}

function printWelcome(url: string, config: Config, demoSeeded: boolean) {
  const lines = [
    "",
    `  Jämt körs på ${url}   (Jämt is running at ${url})`,
    `  Databas / database: ${config.database.kind === "sqlite" ? "SQLite" : "PostgreSQL"} ${describeDatabase(config.database)}`,
  ];
  if (demoSeeded) {
    lines.push(
      "",
      "  Demodata har lagts in. Logga in med något av demokontona (demo data loaded; demo logins):",
      ...DEMO_ACCOUNTS.map((account) => `    ${account.email.padEnd(32)} ${describeRoles(account)}`),
      `  Lösenord för alla demokonton / password for all demo accounts: ${DEMO_PASSWORD}`,
    );
  }
  lines.push("", "  Avsluta med Ctrl+C (stop with Ctrl+C)", "");
  console.log(lines.join("\n"));
}
