import { crc32, deflateRawSync } from "node:zlib";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";
import yauzl from "yauzl";

/**
 * Documents made in tests: PDFs (pdfkit), Word documents (docx) and hand-written zip archives
 * whose central directory may lie, for the zip-bomb guard.
 */

/** A PDF in which each line is its own text object; an empty list gives a page with only a drawn shape. */
export function samplePdf(lines: readonly string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    for (const line of lines) doc.text(line);
    if (lines.length === 0) doc.rect(72, 72, 200, 100).fill("#336699");
    doc.end();
  });
}

/**
 * A Word document with one paragraph per line; a line that starts with "# " or "## " becomes
 * Heading 1 or 2 (with the marker removed).
 */
export async function sampleDocx(lines: readonly string[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) => {
    const heading = /^(#{1,2}) (.*)$/.exec(line);
    if (!heading) return new Paragraph({ text: line });
    const level = heading[1] === "#" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
    return new Paragraph({ text: heading[2] ?? "", heading: level });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** What the central directory claims the entry unpacks to; the truth when left out. */
  readonly declaredSize?: number;
}

/** A zip archive with deflated entries, written byte by byte (no zip package needed). */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data);
    const sizes = {
      crc: crc32(entry.data),
      compressed: compressed.byteLength,
      uncompressed: entry.declaredSize ?? entry.data.byteLength,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, sizes, name.byteLength);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeCommon(central, 6, sizes, name.byteLength);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + compressed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The fields local and central headers share, from "version needed" to "extra field length". */
function writeCommon(
  header: Buffer,
  at: number,
  sizes: { crc: number; compressed: number; uncompressed: number },
  nameLength: number,
): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // flags: UTF-8 names
  header.writeUInt16LE(8, at + 4); // method: deflate
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
  header.writeUInt32LE(sizes.crc, at + 10);
  header.writeUInt32LE(sizes.compressed, at + 14);
  header.writeUInt32LE(sizes.uncompressed, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
  header.writeUInt16LE(0, at + 24); // extra field length
}

/** The text of one file inside a zip archive (a part of a .docx), or null when it is not there. */
export async function zipEntryText(archive: Uint8Array, name: string): Promise<string | null> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(archive), { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    return null;
  } finally {
    zip.close();
  }
}
