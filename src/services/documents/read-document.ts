import { open } from "node:fs/promises";
import path from "node:path";
import { decodePlainText } from "./decode-text.js";
import {
  type DocumentFormat,
  type DocumentText,
  extensionOf,
  formatOfName,
  hasVisibleText,
  MAX_DOCUMENT_BYTES,
  normaliseText,
  unreadable,
} from "./document-text.js";
import { readDocx } from "./read-docx.js";
import { readPdf } from "./read-pdf.js";

/**
 * The text of a document, for analysis. The name's extension says the format (.txt, .md,
 * .docx, .pdf, any case); the bytes must agree (a .pdf must start like a PDF, a .docx like a zip
 * archive holding a Word document), or the file is "corrupt". Plain text is read as UTF-8, or as
 * Windows-1252/Latin-1 when it is not valid UTF-8. Line ends become "\n", letters are composed
 * (NFC), and surrounding white space is trimmed.
 *
 * Never throws for bad input: every way a document can fail is an `unreadable` value. At most
 * `MAX_DOCUMENT_BYTES`; a .docx may unpack to at most 200 MB (see `DOCX_ARCHIVE_LIMITS`).
 */
export async function readDocumentText(input: { name: string; bytes: Uint8Array }): Promise<DocumentText> {
  const format = formatOfName(input.name);
  if (format === null) return unsupported(input.name);
  const { bytes } = input;
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) return unreadable("empty", "the file has no bytes");
  return readFormat(format, bytes);
}

/**
 * Reads a document from disk like `readDocumentText`, checking the extension and the size
 * BEFORE reading, so that a 2 GB file is refused without being loaded. A file the file system
 * will not give (missing, no permission, a folder) is `inaccessible`, not an exception.
 */
export async function readDocumentFile(file: string): Promise<DocumentText> {
  const name = path.basename(file);
  if (formatOfName(name) === null) return unsupported(name);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    return unreadable("inaccessible", errorCode(error));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return unreadable("inaccessible", "not a regular file");
    if (stats.size > MAX_DOCUMENT_BYTES) return tooLarge(stats.size);
    const bytes = await readAtMost(handle, stats.size);
    return readDocumentText({ name, bytes });
  } catch (error) {
    return unreadable("inaccessible", errorCode(error));
  } finally {
    await handle.close();
  }
}

async function readFormat(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentText> {
  switch (format) {
    case "txt":
    case "md":
      return readPlainText(format, bytes);
    case "docx":
      return readDocx(bytes);
    case "pdf":
      return readPdf(bytes);
  }
}

function readPlainText(format: "txt" | "md", bytes: Uint8Array): DocumentText {
  const decoded = decodePlainText(bytes);
  if (decoded === null) return unreadable("corrupt", "binary data (NUL bytes), not text");
  const text = normaliseText(decoded).trim();
  return hasVisibleText(text) ? { kind: "read", text, format } : unreadable("empty");
}

/** Reads from the start, never more than `limit` bytes (the size measured), even if the file grew since. */
async function readAtMost(handle: Awaited<ReturnType<typeof open>>, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(limit);
  let filled = 0;
  while (filled < buffer.byteLength) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function unsupported(name: string): DocumentText {
  const extension = extensionOf(name);
  return unreadable("unsupportedFormat", extension ? `.${extension} files are not read` : "the name has no extension");
}

function tooLarge(size: number): DocumentText {
  return unreadable("tooLarge", `${size} bytes (at most ${MAX_DOCUMENT_BYTES})`);
}

function errorCode(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
