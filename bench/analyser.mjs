// The gender impact analyser's speed: throughput over a corpus of case documents and the
// latency of re-analysing one 30 kB document, as the editor does on every keystroke.
// What is measured and how to read it: bench/README.md ("The analyser").
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MODULE = path.join(ROOT, "dist/core/analysis/index.js");
const FIXTURES = path.join(ROOT, "test/fixtures/cases");
const MB = 1024 * 1024;
const CORPUS_BYTES = 20 * MB;
const DOCUMENT_BYTES = 30 * 1024;
const TARGET_MB_PER_S = 20;
const TARGET_MS = 5;
const ROUNDS = 5;
const WARM_UP_RUNS = 50;
const RUNS = 300;

const bytesOf = (text) => Buffer.byteLength(text, "utf8");

/** The fixtures' texts, each a whole case document. */
function fixtures() {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(FIXTURES, name), "utf8"));
}

/**
 * Separate documents, at least CORPUS_BYTES of UTF-8 in all: the fixtures over and over, each
 * copy made a distinct string (its own first line), so that no engine cache sees the same text twice.
 */
function corpus(texts) {
  const documents = [];
  let bytes = 0;
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    const text = `Kopia ${i}\n${texts[i % texts.length]}`;
    documents.push(text);
    bytes += bytesOf(text);
  }
  return { documents, bytes };
}

/**
 * A case document of about DOCUMENT_BYTES (the good case with Ärendet and its analysis written
 * out at length) and a gender impact section of about DOCUMENT_BYTES on its own.
 */
function largeDocument(good) {
  const [head, rest] = good.split("\nBeslutsförslagets påverkan avseende jämställdhet\n");
  const [section, tail] = rest.split("\nBeslutsunderlag\n");
  const background = head.slice(head.indexOf("Bakgrund"));
  let matter = "";
  let analysis = section;
  for (let i = 1; bytesOf(head + matter + analysis + tail) < DOCUMENT_BYTES; i++) {
    matter += `\nDelområde ${i}\n${background.replaceAll("2018", String(2000 + i))}`;
    analysis += `\n${section.replaceAll("61 procent", `${40 + (i % 30)} procent`)}`;
  }
  const text = `${head}${matter}\nBeslutsförslagets påverkan avseende jämställdhet\n${analysis}\nBeslutsunderlag\n${tail}`;
  let longSection = section;
  for (let i = 1; bytesOf(longSection) < DOCUMENT_BYTES; i++) {
    longSection += `\n${section.replaceAll("61 procent", `${40 + (i % 30)} procent`)}`;
  }
  return { text, section: longSection };
}

/**
 * MB/s of `analyse` and of `baseline` over the documents: ROUNDS rounds of a pass of each,
 * taken in turn (baseline, analyser, baseline, …) so that both see the same load on the
 * machine; the median of each, the analyser's slowest and fastest round, and the median of
 * the per-round ratios.
 */
function throughput(documents, bytes, analyse, baseline) {
  const rate = (run) => {
    let sink = 0;
    const started = performance.now();
    for (const document of documents) sink += run(document);
    const seconds = (performance.now() - started) / 1000;
    if (sink < 0) console.log("");
    return bytes / MB / seconds;
  };
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const base = rate(baseline);
    const analyser = rate(analyse);
    rounds.push({ base, analyser, ratio: analyser / base });
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const analyser = rounds.map((r) => r.analyser);
  return {
    baselineMBPerSecond: median(rounds.map((r) => r.base)),
    analyserMBPerSecond: median([...analyser]),
    analyserRangeMBPerSecond: [Math.min(...analyser), Math.max(...analyser)],
    ratio: median(rounds.map((r) => r.ratio)),
  };
}

function latency(run) {
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { medianMs: at(0.5), p99Ms: at(0.99) };
}

/**
 * Measures the built analyser (dist/core/analysis/index.js; built with
 * `npx tsc -p tsconfig.build.json` when missing) and prints the figures, the ratio to a plain
 * pass over the same text in the same run, and pass/fail against the targets: at least
 * 20 MB/s on one core, and under 5 ms to re-analyse a 30 kB document. Returns the figures.
 */
export async function benchAnalyser() {
  if (!existsSync(MODULE)) {
    console.log("dist/core/analysis is missing: npx tsc -p tsconfig.build.json …");
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  const { analyseCaseText, analyseGenderSection } = await import(pathToFileURL(MODULE).href);
  const texts = fixtures();
  const { documents, bytes } = corpus(texts);
  console.log(`\nanalyser: ${documents.length} documents, ${(bytes / MB).toFixed(1)} MB, ${ROUNDS} rounds …`);

  // Warm-up: one unmeasured pass over the whole corpus for both (JIT, regular expressions, heap).
  const KVINN = /kvinn/g;
  const plain = (text) => text.toLowerCase().match(KVINN)?.length ?? 0;
  for (const document of documents) plain(document);
  for (const document of documents) analyseCaseText(document);

  const rates = throughput(documents, bytes, (text) => analyseCaseText(text).score, plain);

  const good = texts.find((text) => text.includes("Kvarnbacken") && text.includes("påverkan avseende jämställdhet"));
  const large = largeDocument(good);
  const documentLatency = latency(() => analyseCaseText(large.text));
  const sectionLatency = latency(() => analyseGenderSection(large.section));

  const result = {
    corpusMB: bytes / MB,
    documents: documents.length,
    ...rates,
    documentKB: bytesOf(large.text) / 1024,
    sectionKB: bytesOf(large.section) / 1024,
    document: documentLatency,
    section: sectionLatency,
  };
  result.throughputPass = result.analyserMBPerSecond >= TARGET_MB_PER_S;
  result.latencyPass = documentLatency.p99Ms < TARGET_MS && sectionLatency.p99Ms < TARGET_MS;

  const verdict = (pass) => (pass ? "PASS" : "FAIL");
  console.log(
    [
      `baseline (toLowerCase + /kvinn/g)   ${result.baselineMBPerSecond.toFixed(0).padStart(6)} MB/s`,
      `analyseCaseText                     ${result.analyserMBPerSecond.toFixed(1).padStart(6)} MB/s  ` +
        `(rounds ${result.analyserRangeMBPerSecond.map((rate) => rate.toFixed(1)).join("–")})  ` +
        `${result.ratio.toFixed(3)}× baseline  target ≥ ${TARGET_MB_PER_S} MB/s: ${verdict(result.throughputPass)}`,
      `re-analyse ${result.documentKB.toFixed(0)} kB document          median ${documentLatency.medianMs.toFixed(2)} ms, ` +
        `p99 ${documentLatency.p99Ms.toFixed(2)} ms`,
      `analyseGenderSection, ${result.sectionKB.toFixed(0)} kB section  median ${sectionLatency.medianMs.toFixed(2)} ms, ` +
        `p99 ${sectionLatency.p99Ms.toFixed(2)} ms  both p99 < ${TARGET_MS} ms: ${verdict(result.latencyPass)}`,
    ].join("\n"),
  );
  return result;
}
