/**
 * The column names of a CSV file, read in the browser from its first line so that the upload
 * form can offer them as choices (the identity-number column, sex, age). Only the header is
 * read; the rest of the file goes to the server as it is. Parquet files and anything else give
 * null, and the form asks for the names as text instead.
 */

const DELIMITERS = [";", ",", "\t"] as const;

/** Splits one CSV line at `delimiter`, honouring double quotes ("a;b" is one field; "" is a quote). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field.trim());
      field = "";
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

/** The header's names, with the delimiter that gives the most columns; null for an empty line. */
export function headerOfLine(line: string): string[] | null {
  const clean = line.replace(/^\uFEFF/, "").replace(/\r$/, "");
  if (clean.trim() === "") return null;
  const best = DELIMITERS.map((delimiter) => splitCsvLine(clean, delimiter)).sort((a, b) => b.length - a.length)[0];
  return best ? best.filter((name) => name !== "") : null;
}

/** The column names of a CSV file (by its name: .csv, .txt, .tsv), or null when it is not one or has no header. */
export async function csvHeaderOf(file: File): Promise<string[] | null> {
  if (!/\.(csv|txt|tsv)$/i.test(file.name)) return null;
  const start = await file.slice(0, 64 * 1024).text();
  const firstLine = start.split("\n", 1)[0] ?? "";
  return headerOfLine(firstLine);
}
