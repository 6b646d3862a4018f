import mammoth from "mammoth";
import { type DocumentText, hasVisibleText, normaliseText, unreadable } from "./document-text.js";
import { inspectDocxArchive } from "./docx-archive-guard.js";
import { startsWithBytes } from "./magic-bytes.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: how Word stores a password-protected .docx (and old .doc files). */
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a Word document (.docx): paragraphs separated by a blank line, headings on their
 * own lines; headers, footers and images are left out. The archive is inspected for zip bombs
 * before mammoth unpacks it.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocumentText> {
  if (startsWithBytes(bytes, COMPOUND_FILE_MAGIC)) {
    return unreadable(
      "encrypted",
      "an OLE compound file: a password-protected Word document (or an old .doc renamed to .docx)",
    );
  }
  if (!startsWithBytes(bytes, ZIP_MAGIC)) return unreadable("corrupt", "not a zip archive, so not a .docx");
  const inspection = await inspectDocxArchive(bytes);
  if (inspection.kind !== "safe") return unreadable(inspection.kind, inspection.detail);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch (error) {
    return unreadable("corrupt", error instanceof Error ? error.message : String(error));
  }
  const text = normaliseText(raw)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return hasVisibleText(text) ? { kind: "read", text, format: "docx" } : unreadable("empty");
}
