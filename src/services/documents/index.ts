/** Reading documents for analysis; writing case documents and minutes extracts (.docx, .pdf). */
export { renderCaseDocx } from "./case-docx.js";
export {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  type DocumentText,
  formatOfName,
  MAX_DOCUMENT_BYTES,
  UNREADABLE_REASONS,
  type UnreadableDocument,
  type UnreadableReason,
  unreadableMessageKey,
} from "./document-text.js";
export {
  type ArchiveInspection,
  type ArchiveLimits,
  DOCX_ARCHIVE_LIMITS,
  inspectDocxArchive,
} from "./docx-archive-guard.js";
export { renderMinutesExtractDocx } from "./minutes-extract-docx.js";
export { renderMinutesExtractPdf } from "./minutes-extract-pdf.js";
export { readDocumentFile, readDocumentText } from "./read-document.js";
