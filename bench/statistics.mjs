import { execFile } from "node:child_process";
import { existsSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loudNotice } from "./report.mjs";
import { benchFiles } from "./statistics-data.mjs";

/**
 * `npm run bench -- --only=statistics`: the analysis engine on a 10-million-row
 * individual-level CSV file (bench/statistics-data.mjs builds it once and caches it). Each
 * measurement runs in its own process, so that its peak memory is its own, and is repeated;
 * the median is reported:
 * - Jämt: `analyseIndividualFile`, sex × 10-year age band × municipality with mean, median,
 *   t intervals, the gaps and disclosure control, from `kon` and `alder` columns;
 * - the floor: the same breakdown as one hand-written DuckDB query (bench/statistics-floor.mjs);
 * - pandas (Debian's python3-pandas, /usr/bin/python3): the same, as an analyst would write it;
 * - Jämt from personal identity numbers: the same breakdown with sex and age derived from a
 *   `personnummer` column by the vectorised SQL rule; the extra time is against Jämt above.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNNER = path.join(ROOT, "bench/statistics-run.mjs");
const PANDAS = path.join(ROOT, "bench/statistics_pandas.py");
const PYTHON = "/usr/bin/python3";
const GOALS = { floorRatio: 1.3, pandasRatio: 5, memoryMb: 2048, identitySeconds: 2 };

function run(command, args) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 30 * 60_000 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${path.basename(args[args.length - 3] ?? command)} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1)));
      },
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Whether /usr/bin/python3 can import pandas. */
function pandasAvailable() {
  return new Promise((resolve) => {
    if (!existsSync(PYTHON)) return resolve(false);
    execFile(PYTHON, ["-c", "import pandas"], (error) => resolve(!error));
  });
}

/**
 * Runs the statistics benchmark: `rows` rows, each measurement `repeat` times, interleaved
 * (Jämt, floor, pandas, Jämt with identity numbers, then again) so that a burst of load from
 * other processes falls on all of them alike. Returns the figures for the results file.
 */
export async function benchStatistics({ rows = 10_000_000, repeat = 3 } = {}) {
  console.log(`\nstatistics: ${rows.toLocaleString("en")} rows, ${repeat} rounds`);
  const files = await benchFiles(rows);
  const withPandas = await pandasAvailable();
  if (!withPandas) {
    console.warn(
      loudNotice([
        "pandas HOPPAS ÖVER / pandas SKIPPED:",
        `${PYTHON} cannot import pandas (apt install python3-pandas).`,
      ]),
    );
  }
  // The application's path: the upload (with identity numbers) converted once to a Parquet dataset.
  const dataset = files.identity.replace(/\.csv$/, ".parquet");
  let conversion = null;
  if (!existsSync(dataset)) {
    console.log(`statistics: converting ${path.basename(files.identity)} to a Parquet dataset (once) …`);
    const args = ["--import", "tsx", RUNNER, "convert", files.identity, files.referenceDate, `${dataset}.partial`];
    conversion = await run(process.execPath, args);
    renameSync(`${dataset}.partial`, dataset);
  }
  const samples = { jamt: [], floor: [], pandas: [], identity: [], dataset: [], datasetFloor: [] };
  const node = (kind, file) => run(process.execPath, ["--import", "tsx", RUNNER, kind, file, files.referenceDate]);
  for (let round = 1; round <= repeat; round++) {
    const jamt = await node("jamt", files.plain);
    const floor = await node("floor", files.plain);
    const pandas = withPandas ? await run(PYTHON, [PANDAS, files.plain]) : null;
    const identity = await node("jamt-pnr", files.identity);
    const onDataset = await node("jamt", dataset);
    const datasetFloor = await node("floor", dataset);
    samples.jamt.push(jamt);
    samples.floor.push(floor);
    if (pandas) samples.pandas.push(pandas);
    samples.identity.push(identity);
    samples.dataset.push(onDataset);
    samples.datasetFloor.push(datasetFloor);
    const line = [
      `Jämt ${jamt.seconds.toFixed(2)} s`,
      `floor ${floor.seconds.toFixed(2)} s`,
      pandas ? `pandas ${pandas.seconds.toFixed(2)} s` : "pandas –",
      `Jämt+pnr ${identity.seconds.toFixed(2)} s`,
      `Jämt dataset ${onDataset.seconds.toFixed(2)} s`,
      `floor dataset ${datasetFloor.seconds.toFixed(2)} s`,
    ].join(", ");
    console.log(`statistics: round ${round}/${repeat}: ${line}`);
  }
  const summary = (list) =>
    list.length === 0
      ? null
      : {
          seconds: median(list.map((s) => s.seconds)),
          min: Math.min(...list.map((s) => s.seconds)),
          max: Math.max(...list.map((s) => s.seconds)),
          maxRssMb: Math.max(...list.map((s) => s.maxRssMb)),
        };
  const jamt = summary(samples.jamt);
  const floor = summary(samples.floor);
  const pandas = summary(samples.pandas);
  const identity = summary(samples.identity);
  const onDataset = summary(samples.dataset);
  const datasetFloor = summary(samples.datasetFloor);
  const ratios = {
    jamtOverFloor: median(samples.jamt.map((s, i) => s.seconds / samples.floor[i].seconds)),
    pandasOverJamt: pandas ? median(samples.pandas.map((s, i) => s.seconds / samples.jamt[i].seconds)) : null,
    datasetOverFloor: median(samples.dataset.map((s, i) => s.seconds / samples.datasetFloor[i].seconds)),
    pandasOverDataset: pandas ? median(samples.pandas.map((s, i) => s.seconds / samples.dataset[i].seconds)) : null,
    identityExtraSeconds: median(samples.identity.map((s, i) => s.seconds - samples.jamt[i].seconds)),
  };
  const verdict = (ok) => (ok ? "PASS" : "FAIL");
  const memory = Math.max(jamt.maxRssMb, identity.maxRssMb, onDataset.maxRssMb);
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const figures = (label, m) =>
    m === null
      ? [label, "skipped", "", "", "", ""]
      : [label, m.seconds.toFixed(2), `${m.min.toFixed(2)}–${m.max.toFixed(2)}`, `${m.maxRssMb.toFixed(0)} MB`, "", ""];
  const ratio = (label, value, goal, pass, digits = 2) =>
    value === null
      ? [label, "–", "", "", goal, "skipped"]
      : [label, value.toFixed(digits), "", "", goal, verdict(pass)];
  const table = [
    ["measurement", "median s", "min–max s", "peak RSS", "goal", ""],
    figures("CSV: Jämt (kon, alder)", jamt),
    figures("CSV: hand-written SQL (floor)", floor),
    figures("CSV: pandas", pandas),
    figures("CSV: Jämt from personnummer", identity),
    figures("dataset (Parquet): Jämt", onDataset),
    figures("dataset (Parquet): floor", datasetFloor),
    ratio("CSV: Jämt / floor", ratios.jamtOverFloor, `≤ ${GOALS.floorRatio}`, ratios.jamtOverFloor <= GOALS.floorRatio),
    ratio(
      "dataset: Jämt / floor",
      ratios.datasetOverFloor,
      `≤ ${GOALS.floorRatio}`,
      ratios.datasetOverFloor <= GOALS.floorRatio,
    ),
    ratio(
      "pandas / Jämt (both CSV)",
      ratios.pandasOverJamt,
      `≥ ${GOALS.pandasRatio}`,
      ratios.pandasOverJamt >= GOALS.pandasRatio,
      1,
    ),
    ratio(
      "pandas (CSV) / Jämt (dataset)",
      ratios.pandasOverDataset,
      `≥ ${GOALS.pandasRatio}`,
      ratios.pandasOverDataset >= GOALS.pandasRatio,
      1,
    ),
    [
      "peak memory (Jämt)",
      "",
      "",
      `${memory.toFixed(0)} MB`,
      `< ${GOALS.memoryMb} MB`,
      verdict(memory < GOALS.memoryMb),
    ],
    ratio(
      "personnummer adds (s)",
      ratios.identityExtraSeconds,
      `< ${GOALS.identitySeconds} s`,
      ratios.identityExtraSeconds < GOALS.identitySeconds,
    ),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
  console.log(
    `\nstatistics (files ${mb(statSync(files.plain).size)} and ${mb(statSync(files.identity).size)}; 2 cores shared with other work: noisy):`,
  );
  for (const row of table)
    console.log(
      row
        .map((cell, c) => String(cell).padEnd(widths[c]))
        .join("  ")
        .trimEnd(),
    );
  if (conversion)
    console.log(`(converting the CSV with identity numbers to the dataset took ${conversion.seconds.toFixed(2)} s)`);
  return {
    rows,
    repeat,
    files,
    dataset,
    conversion,
    jamt,
    floor,
    pandas,
    identity,
    onDataset,
    datasetFloor,
    ratios,
    goals: GOALS,
  };
}
