import { loadConfig } from "../config/config.js";
import { NotFoundError } from "../core/index.js";
import { findOrganisationByName, listOrganisationNames, migrateToLatest, openDatabase } from "../data/index.js";
import { createChecklistServices } from "../services/checklists/index.js";
import { MigrationFailedError } from "./application.js";
import { formatChecklistTable, isTableFormat } from "./checklista-format.js";
import { closeNames } from "./checklista-names.js";
import { EXIT } from "./exit-codes.js";
import { cliLocale, say } from "./messages.js";

/** At most this many organisations are listed when none is close to the name given. */
const LIST_ALL_UP_TO = 12;

export interface ChecklistaOptions {
  readonly org?: string | undefined;
  readonly checklist?: string | undefined;
  readonly format: string;
}

/**
 * `jamt checklista --org "<name>" [--checklist <key or id>] [--format table|csv|json]`: prints
 * the organisation's table of self-assessments (items as rows, occasions as columns, sums) from
 * the database Jämt is configured with, the same table as the web page and its exports.
 *
 * An organisation without assessments with the checklist gets a sentence saying so in the table
 * format, an empty array in JSON and the header row alone in CSV, all with the exit code ok:
 * there is nothing wrong in having no assessments.
 *
 * Returns the exit code: ok, or usage for an unknown format, a missing or unknown organisation
 * (naming the close ones) or an unknown checklist. Configuration and database problems are
 * thrown, for the one place that turns them into a sentence and an exit code.
 */
export async function checklista(options: ChecklistaOptions): Promise<number> {
  if (!isTableFormat(options.format)) {
    console.error(say("checklists.cli.unknownFormat", { format: options.format }));
    return EXIT.usage;
  }
  const wanted = options.org?.trim() ?? "";
  if (wanted === "") {
    console.error(say("checklists.cli.usage"));
    return EXIT.usage;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const migration = await migrateToLatest(database);
    if (migration.kind === "failed") throw new MigrationFailedError(migration.migration, migration.reason);
    const organisation = await findOrganisationByName(database.db, wanted);
    if (!organisation) {
      console.error(unknownOrganisation(wanted, await listOrganisationNames(database.db)));
      return EXIT.usage;
    }
    const services = createChecklistServices(database.db);
    const data = await services.assessments.exportTable(organisation.id, options.checklist).catch((error) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!data) {
      console.error(say("checklists.cli.unknownChecklist", { checklist: options.checklist ?? "" }));
      return EXIT.usage;
    }
    ignoreClosedOutput();
    process.stdout.write(formatChecklistTable(data, options.format, cliLocale()));
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

/** "There is no organisation …", then the close names, or every name when there are few. */
function unknownOrganisation(wanted: string, names: readonly string[]): string {
  const lines = [say("checklists.cli.unknownOrganisation", { name: wanted })];
  const close = closeNames(wanted, names);
  const quote = (list: readonly string[]) => list.map((name) => say("checklists.cli.quoted", { name })).join(", ");
  if (close.length > 0) lines.push(say("checklists.cli.closeNames", { names: quote(close) }));
  else if (names.length === 0) lines.push(say("checklists.cli.noOrganisations"));
  else if (names.length <= LIST_ALL_UP_TO) lines.push(say("checklists.cli.knownNames", { names: quote(names) }));
  return lines.join("\n");
}

/** `jamt checklista … | head` closes standard output early; that is not an error worth a stack trace. */
function ignoreClosedOutput(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
