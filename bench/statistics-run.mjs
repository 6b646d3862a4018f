// One measurement in its own process, so that its peak memory (max RSS) is its own:
//   node --import tsx bench/statistics-run.mjs jamt|jamt-pnr|floor <file> <referenceDate>
//   node --import tsx bench/statistics-run.mjs convert <csv with personnummer> <referenceDate> <target.parquet>
// Prints one JSON line: { seconds, maxRssMb, groups }.
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseAgeBands } from "../src/core/statistics/index.ts";
import { analyseIndividualFile, convertIndividualFile } from "../src/services/statistics/individual/index.ts";
import { floorSql } from "./statistics-floor.mjs";

const [kind, file, referenceDate, target] = process.argv.slice(2);
const bands = parseAgeBands("0-9,10-19,20-29,30-39,40-49,50-59,60-69,70-79,80-89,90+");
if (bands.kind !== "ok") throw new Error("age bands");

async function jamt(identity) {
  const outcome = await analyseIndividualFile(file, {
    ...(identity ? { identity: { column: "personnummer", referenceDate } } : { sexColumn: "kon", ageColumn: "alder" }),
    by: ["kommun"],
    ageBands: bands.bands,
    mean: "kostnad",
    minCell: 5,
  });
  if (outcome.kind !== "breakdown") throw new Error(JSON.stringify(outcome.reasons));
  return outcome.rows.length;
}

async function floor() {
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: "1GB" });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(floorSql(file));
    return reader.getRowObjects().length;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The application's path: the upload converted to a Parquet dataset with kon and alder, no identity column. */
async function convert() {
  const outcome = await convertIndividualFile(file, target, { identity: { column: "personnummer", referenceDate } });
  if (outcome.kind !== "converted") throw new Error(JSON.stringify(outcome.reasons));
  return outcome.rowCount;
}

const started = performance.now();
const groups =
  kind === "floor" ? await floor() : kind === "convert" ? await convert() : await jamt(kind === "jamt-pnr");
const seconds = (performance.now() - started) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, groups })}\n`);
