import { createReadStream } from "node:fs";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * The line on which each of the given data records (1 = the first after the header) starts,
 * counting lines from 1 as an editor does. A quoted field may span lines, and blank lines
 * hold no record, so a record's line can lie below its ordinal + 1. Reads the file once, up
 * to the last record asked for; records it does not reach are missing from the map.
 */
export async function csvLinesOfRecords(filePath: string, records: readonly number[]): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const found = new Map<number, number>();
  if (wanted.size === 0) return found;
  const last = Math.max(...records);
  let line = 1;
  let record = 0; // the header
  let quoted = false;
  let lineHasContent = false;
  let recordStart = 1;
  for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === QUOTE) quoted = !quoted;
      if (byte === NEWLINE) {
        if (!quoted && lineHasContent) {
          if (wanted.has(record)) found.set(record, recordStart);
          if (record >= last) return found;
          record += 1;
          lineHasContent = false;
        }
        line += 1;
        if (!lineHasContent) recordStart = line;
      } else if (byte !== CARRIAGE_RETURN) {
        lineHasContent = true;
      }
    }
  }
  if (lineHasContent && wanted.has(record)) found.set(record, recordStart);
  return found;
}
