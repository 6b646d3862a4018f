/** Formats the results as a plain-text table; `ratio` is authenticated ÷ baseline requests/s in the same run. */
export function formatTable(rows) {
  const header = ["database", "endpoint", "requests/s", "p50 ms", "p99 ms", "non-2xx", "errors", "vs baseline"];
  const body = rows.map((row) => [
    row.database,
    row.endpoint,
    row.requestsPerSecond.toFixed(0),
    String(row.latencyMs.p50),
    String(row.latencyMs.p99),
    String(row.non2xx),
    String(row.errors + row.timeouts),
    row.ratio === undefined ? "1.00×" : `${row.ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** A notice nobody scrolls past. */
export function loudNotice(lines) {
  const bar = "!".repeat(78);
  return [bar, ...lines.map((text) => `!! ${text}`), bar].join("\n");
}
