import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** What a .docx (a zip archive) may unpack to before Jämt refuses to open it. */
export interface ArchiveLimits {
  /** Most entries (files) in the archive. A large report has a few hundred. */
  readonly maxEntries: number;
  /** Most bytes all entries together unpack to. */
  readonly maxTotalUncompressedBytes: number;
  /** Highest compression ratio (uncompressed : compressed) of an entry larger than `ratioCheckedAboveBytes`. */
  readonly maxCompressionRatio: number;
  readonly ratioCheckedAboveBytes: number;
}

export const DOCX_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2000,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckedAboveBytes: 1024 * 1024,
};

const MAIN_PART = "word/document.xml";

export type ArchiveInspection =
  | { readonly kind: "safe" }
  | { readonly kind: "archiveBomb"; readonly detail: string }
  | { readonly kind: "corrupt"; readonly detail: string };

/**
 * Decides whether a .docx may be handed to a parser that unpacks it in memory (mammoth).
 *
 * First the central directory: the number of entries, the sum of the declared sizes and each
 * entry's compression ratio. Then every entry is inflated as a stream and thrown away, counting
 * its bytes, so that an archive whose directory understates the sizes is caught here, with at
 * most one entry's declared size (plus one chunk) in flight, instead of in the parser. Finally
 * the archive must hold `word/document.xml`, or it is not a Word document.
 */
export async function inspectDocxArchive(
  bytes: Uint8Array,
  limits: ArchiveLimits = DOCX_ARCHIVE_LIMITS,
): Promise<ArchiveInspection> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      // Sizes are counted below, so that a lie is reported as a bomb rather than a parse error.
      validateEntrySizes: false,
    });
  } catch (error) {
    return { kind: "corrupt", detail: `not a readable zip archive: ${messageOf(error)}` };
  }
  if (zip.entryCount > limits.maxEntries) {
    return { kind: "archiveBomb", detail: `${zip.entryCount} entries (at most ${limits.maxEntries})` };
  }
  try {
    let declaredTotal = 0;
    let hasMainPart = false;
    for await (const entry of zip.eachEntry()) {
      declaredTotal += entry.uncompressedSize;
      const refusal = refuseByDeclaration(entry, declaredTotal, limits);
      if (refusal) return { kind: "archiveBomb", detail: refusal };
      if (entry.fileName === MAIN_PART) hasMainPart = true;
      if (entry.fileName.endsWith("/")) continue;
      const actual = await inflatedSize(zip, entry);
      if (actual > entry.uncompressedSize) {
        return {
          kind: "archiveBomb",
          detail: `${entry.fileName} unpacks to more than the ${entry.uncompressedSize} bytes its directory declares`,
        };
      }
      if (actual < entry.uncompressedSize) {
        return { kind: "corrupt", detail: `${entry.fileName} is shorter than its directory declares` };
      }
    }
    if (!hasMainPart) return { kind: "corrupt", detail: `the archive has no ${MAIN_PART}: not a Word document` };
    return { kind: "safe" };
  } catch (error) {
    return { kind: "corrupt", detail: messageOf(error) };
  } finally {
    zip.close();
  }
}

function refuseByDeclaration(entry: Entry, declaredTotal: number, limits: ArchiveLimits): string | null {
  if (declaredTotal > limits.maxTotalUncompressedBytes) {
    return `the entries unpack to more than ${limits.maxTotalUncompressedBytes} bytes`;
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > limits.ratioCheckedAboveBytes && ratio > limits.maxCompressionRatio) {
    return `${entry.fileName} is compressed ${Math.round(ratio)}:1 (at most ${limits.maxCompressionRatio}:1)`;
  }
  return null;
}

/** Inflates one entry and counts its bytes, stopping as soon as it passes the declared size. */
async function inflatedSize(zip: ZipFile, entry: Entry): Promise<number> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > entry.uncompressedSize) break;
    }
  } finally {
    stream.destroy();
  }
  return size;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
