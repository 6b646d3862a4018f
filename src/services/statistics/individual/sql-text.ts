/**
 * Writing names and values into DuckDB SQL. The engine builds its queries as text because
 * DuckDB's table functions (`read_csv`, `read_parquet`) take their file and options as
 * literals, not parameters; everything a user supplies goes through these two functions.
 */

/** A column or alias name as a quoted identifier: `"kostnad ""netto"""`. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A text value as a string literal: `'Luleå''s'`. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
