import { extractText, getDocumentProxy } from "unpdf";
import { type DocumentText, hasVisibleText, normaliseText, unreadable } from "./document-text.js";

/** pdf.js accepts the header anywhere in the first kilobyte (some writers put junk before it). */
const HEADER_WINDOW = 1024;
/** pdf.js's VerbosityLevel.ERRORS: no "Warning: …" lines on standard output. */
const PDFJS_ERRORS_ONLY = 0;

/**
 * The text of a PDF's text layer, pages joined by a line break. Lines stay lines: pdf.js marks
 * the end of each line (hasEOL), so a heading keeps its own line. A PDF without a text layer (a
 * scanned image) is "empty": it needs OCR first.
 */
export async function readPdf(bytes: Uint8Array): Promise<DocumentText> {
  if (!hasPdfHeader(bytes)) return unreadable("corrupt", "no %PDF- header, so not a PDF");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy, and a plain Uint8Array: pdf.js may take over (detach) the buffer it is given, and it
    // refuses a Node Buffer (whose slice() would not copy anyway).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: PDFJS_ERRORS_ONLY });
  } catch (error) {
    return isPasswordError(error)
      ? unreadable("encrypted", "the PDF needs a password to open")
      : unreadable("corrupt", messageOf(error));
  }
  try {
    const { text: raw } = await extractText(pdf, { mergePages: true });
    const text = normaliseText(raw).trim();
    return hasVisibleText(text)
      ? { kind: "read", text, format: "pdf" }
      : unreadable("empty", "the PDF has no text layer (a scanned image?); it needs OCR first");
  } catch (error) {
    return unreadable("corrupt", messageOf(error));
  } finally {
    await pdf.destroy();
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const start = new TextDecoder("latin1").decode(bytes.subarray(0, HEADER_WINDOW));
  return start.includes("%PDF-");
}

/** pdf.js's PasswordException, recognised by name: its classes are not exported by unpdf's types. */
function isPasswordError(error: unknown): boolean {
  return error instanceof Error && error.name === "PasswordException";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
