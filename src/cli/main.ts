import { Command, CommanderError } from "commander";
import { ConfigError, describeDatabase, loadConfig } from "../config/config.js";
import { DatabaseStartupError, migrateToLatest, openDatabase } from "../data/index.js";
import { MigrationFailedError } from "./application.js";
import { EXIT } from "./exit-codes.js";
import { say } from "./messages.js";
import { serve } from "./serve.js";

const program = new Command()
  .name("jamt")
  .description(
    "Jämt – jämställda beslut och jämställdhetsintegrering (gender-equal decisions and gender mainstreaming)",
  )
  .exitOverride()
  .showHelpAfterError();

program
  .command("serve", { isDefault: true })
  .description("starta webbservern (start the web server); PORT, HOST, DATABASE_URL, JAMT_DATA_DIR")
  .action(async () => serve(loadConfig()));

program
  .command("migrate")
  .description("uppdatera databasens schema och avsluta (migrate the database schema and exit)")
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const outcome = await migrateToLatest(database);
      if (outcome.kind === "failed") throw new MigrationFailedError(outcome.migration, outcome.reason);
      console.log(
        `${describeDatabase(config.database)}: ${outcome.applied.length} migrering(ar) körda (migrations applied)`,
      );
    } finally {
      await database.close();
    }
  });

program
  .command("granska")
  .description(
    "granska jämställdhetsanalysen i ärendetexter: .txt, .md, .docx, .pdf (review the gender impact analysis in case documents)",
  )
  .argument("<paths...>", "filer eller mappar (files or folders)")
  .option("--format <format>", "table, json eller csv (table, json or csv)", "table")
  .action(async (paths: string[], options: { format: string }) => {
    // Loaded on demand: the document readers (pdf.js, mammoth) are not needed to serve.
    const { granska } = await import("./granska.js");
    process.exitCode = await granska(paths, options);
  });

program
  .command("checklista")
  .description(
    "skriv ut en organisations självskattningar med checklistan: punkter, tillfällen och summor (print an organisation's checklist self-assessments)",
  )
  .option("--org <name>", "organisationens namn (the organisation's name)")
  .option("--checklist <key-or-id>", "checklistans nyckel eller id (the checklist's key or id)", "skr-2015")
  .option("--format <format>", "table, csv eller json (table, csv or json)", "table")
  .action(async (options: { org?: string; checklist: string; format: string }) => {
    // Loaded on demand, like granska: the exports it shares with the server are not needed to serve.
    const { checklista } = await import("./checklista.js");
    process.exitCode = await checklista(options);
  });

program
  .command("statistik")
  .description(
    "könsuppdelad statistik ur en fil på individnivå, CSV eller Parquet (sex-disaggregated breakdown of an individual-level file)",
  )
  .argument("<file>", "filen (the file)")
  .option("--pnr <column>", "kolumnen med personnummer (the column of personal identity numbers)")
  .option(
    "--ref-date <YYYY-MM-DD>",
    "referensdatum för ålder, i dag om det inte anges (reference date for ages; default today)",
  )
  .option("--by <columns>", "indelning, kolumner åtskilda med komma (grouping columns, comma-separated)")
  .option("--age-bands <bands>", "åldersgrupper, t.ex. 0-19,20-39,40-64,65-79,80+ (age bands)")
  .option("--mean <column>", "kolumn att ta medelvärde och median av (column to take the mean and median of)")
  .option("--min-cell <N>", "minsta antal individer i en cell som visas (smallest count shown)", "5")
  .option("--format <format>", "table, csv eller json (table, csv or json)", "table")
  .action(async (file: string, options: import("./statistik.js").StatistikOptions) => {
    // Loaded on demand: DuckDB is not needed to serve.
    const { statistik } = await import("./statistik.js");
    process.exitCode = await statistik(file, options);
  });

program
  .command("indikatorer")
  .description(
    "importera indikatorer ur en fil med sammanställd statistik: CSV, XLSX eller sparad JSON från SCB/Kolada (import aggregated indicators)",
  )
  .argument("<file>", "filen (the file)")
  .option("--org <name>", "organisationens namn (the organisation's name)")
  .option("--indicator <column>", "kolumnen med indikatorn (the indicator's column)")
  .option("--indicator-name <column>", "kolumnen med indikatorns namn (the indicator name's column)")
  .option("--period <column>", "kolumnen med perioden, t.ex. år (the period's column)")
  .option("--area <column>", "kolumnen med områdets kod (the area code's column)")
  .option("--area-name <column>", "kolumnen med områdets namn (the area name's column)")
  .option("--sex <column>", "kolumnen med kön (the sex column)")
  .option("--age-band <column>", "kolumnen med åldersgrupp (the age band's column)")
  .option("--value <column>", "kolumnen med värdet (the value's column)")
  .option("--count <column>", "kolumnen med antal (the count's column)")
  .option(
    "--dimension <column>",
    "en övrig indelning; upprepas (a further breakdown; repeatable)",
    (column: string, previous: string[] = []) => [...previous, column],
  )
  .option("--measure <kind>", "share, rate, mean, count eller value (what the values measure)")
  .option("--unit <text>", "enhet, t.ex. procent (the unit)")
  .option("--population", "befolkningstal, nämnare för tal per 1 000 invånare (population figures)")
  .option("--preview", "visa kolumnval, de första raderna och avvisade rader; inget sparas (preview, saves nothing)")
  .option("--skip-rejected", "importera utan de avvisade raderna (import leaving rejected rows out)")
  .action(async (file: string, options: import("./indikatorer.js").IndikatorerOptions) => {
    // Loaded on demand, like granska: the importers are not needed to serve.
    const { indikatorer } = await import("./indikatorer.js");
    process.exitCode = await indikatorer(file, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exit(reportStartupError(error));
}

/** Turns what stops the CLI into one clear sentence and an exit code; a stack trace only for bugs. */
function reportStartupError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof ConfigError) {
    console.error([say("errors.startup.invalidConfig"), ...error.problems.map((p) => `  - ${p}`)].join("\n"));
    return EXIT.config;
  }
  if (error instanceof DatabaseStartupError) {
    const config = safeConfig();
    const target = config ? describeDatabase(config.database) : "?";
    const key =
      error.reason === "unreachable" ? "errors.startup.databaseUnreachable" : "errors.startup.databaseUnopenable";
    console.error(say(key, { target, reason: error.detail }));
    return EXIT.database;
  }
  if (error instanceof MigrationFailedError) {
    console.error(say("errors.startup.migrationFailed", { name: error.migration, reason: error.reason }));
    return EXIT.database;
  }
  console.error(error);
  return 1;
}

function safeConfig() {
  try {
    return loadConfig();
  } catch {
    return undefined;
  }
}
