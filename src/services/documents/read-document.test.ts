import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDocx, samplePdf, zipArchive } from "../../../test/support/sample-documents.js";
import { type DocumentText, MAX_DOCUMENT_BYTES } from "./document-text.js";
import { readDocumentFile, readDocumentText } from "./read-document.js";

const HEADING = "Beslutsförslagets påverkan avseende jämställdhet";
const BODY = "Förslaget påverkar kvinnor och män, flickor och pojkar på olika sätt – se tabell 2.";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "jamt-read-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function textOf(outcome: DocumentText): string {
  if (outcome.kind !== "read") throw new Error(`expected text, got ${JSON.stringify(outcome)}`);
  return outcome.text;
}

/** Encodes text as Windows-1252 (only the characters this test uses). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "–": 0x96, "”": 0x94, "€": 0x80 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

describe("reading plain text", () => {
  it("reads UTF-8 and turns Windows line ends into line breaks", async () => {
    const bytes = new TextEncoder().encode(`${HEADING}\r\n${BODY}\r\n`);
    expect(textOf(await readDocumentText({ name: "ärende.txt", bytes }))).toBe(`${HEADING}\n${BODY}`);
  });

  it("reads Markdown as text", async () => {
    const outcome = await readDocumentText({ name: "ärende.MD", bytes: new TextEncoder().encode(`## ${HEADING}\n`) });
    expect(outcome).toEqual({ kind: "read", text: `## ${HEADING}`, format: "md" });
  });

  it("reads an old Swedish document saved as Windows-1252 (Latin-1) when it is not valid UTF-8", async () => {
    const text = "Kostnaden ökar med 2 € – ”för kvinnor och män” i Gällivare och Älvsbyn.";
    expect(textOf(await readDocumentText({ name: "gammalt.txt", bytes: windows1252(text) }))).toBe(text);
  });

  it("composes letters written decomposed, as on a Mac, so that ä matches ä", async () => {
    const decomposed = "ja\u0308mstalldhet".normalize("NFD");
    const text = textOf(await readDocumentText({ name: "mac.txt", bytes: new TextEncoder().encode(decomposed) }));
    expect(text).toBe("jämstalldhet");
  });

  it("calls a file with only white space empty", async () => {
    const outcome = await readDocumentText({ name: "tom.txt", bytes: new TextEncoder().encode(" \n\t\r\n") });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "empty" });
  });

  it("calls binary data named .txt corrupt", async () => {
    const outcome = await readDocumentText({
      name: "bild.txt",
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
    });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "corrupt" });
  });
});

describe("reading Word documents", () => {
  it("reads a .docx with its headings on their own lines and its Swedish letters intact", async () => {
    const bytes = await sampleDocx(["# Ärendet", "Bakgrund till ärendet med å, ä och ö.", `## ${HEADING}`, BODY]);
    const outcome = await readDocumentText({ name: "ärende.docx", bytes });
    expect(outcome).toMatchObject({ kind: "read", format: "docx" });
    const lines = textOf(outcome)
      .split("\n")
      .filter((line) => line.trim() !== "");
    expect(lines).toEqual(["Ärendet", "Bakgrund till ärendet med å, ä och ö.", HEADING, BODY]);
  });

  it("calls garbage bytes named .docx corrupt", async () => {
    const outcome = await readDocumentText({
      name: "trasig.docx",
      bytes: new TextEncoder().encode("inte ett zip-arkiv"),
    });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "corrupt" });
  });

  it("calls a zip archive without word/document.xml corrupt", async () => {
    const bytes = zipArchive([{ name: "content.xml", data: new TextEncoder().encode("<office:document/>") }]);
    const outcome = await readDocumentText({ name: "kalkyl.docx", bytes });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "corrupt" });
  });

  it("refuses a zip bomb disguised as a .docx without unpacking it", async () => {
    const bytes = zipArchive([
      { name: "word/document.xml", data: new TextEncoder().encode("<w:document/>") },
      { name: "word/media/image1.png", data: new Uint8Array(20 * 1024 * 1024) },
    ]);
    expect(bytes.byteLength).toBeLessThan(100_000);
    const outcome = await readDocumentText({ name: "bomb.docx", bytes });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "archiveBomb" });
  });

  it("calls a password-protected Word file (an OLE compound file) encrypted", async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const outcome = await readDocumentText({ name: "hemlig.docx", bytes });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "encrypted" });
  });
});

describe("reading PDF documents", () => {
  it("reads a PDF's text with its heading on its own line and its Swedish letters intact", async () => {
    const bytes = await samplePdf(["Ärendet", "Bakgrund till ärendet med å, ä och ö.", HEADING, BODY]);
    const outcome = await readDocumentText({ name: "ärende.pdf", bytes });
    expect(outcome).toMatchObject({ kind: "read", format: "pdf" });
    expect(textOf(outcome).split("\n")).toEqual(["Ärendet", "Bakgrund till ärendet med å, ä och ö.", HEADING, BODY]);
  });

  it("calls a PDF that needs a password to open encrypted", async () => {
    const bytes = await samplePdf([BODY], { userPassword: "hemligt", ownerPassword: "ännu hemligare" });
    const outcome = await readDocumentText({ name: "hemlig.pdf", bytes });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "encrypted" });
  });

  it("calls garbage bytes named .pdf corrupt, with or without a PDF header", async () => {
    for (const text of ["inte en pdf", "%PDF-1.7\nsönder och samman"]) {
      const outcome = await readDocumentText({ name: "trasig.pdf", bytes: new TextEncoder().encode(text) });
      expect(outcome, text).toMatchObject({ kind: "unreadable", reason: "corrupt" });
    }
  });

  it("calls a PDF without a text layer empty and says that it needs OCR", async () => {
    const outcome = await readDocumentText({ name: "inskannad.pdf", bytes: await samplePdf([]) });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "empty", detail: expect.stringContaining("OCR") });
  });
});

describe("formats and sizes", () => {
  it("refuses a file whose extension is not .txt, .md, .docx or .pdf", async () => {
    for (const name of ["ärende.odt", "ärende.doc", "README"]) {
      const outcome = await readDocumentText({ name, bytes: new TextEncoder().encode(BODY) });
      expect(outcome, name).toMatchObject({ kind: "unreadable", reason: "unsupportedFormat" });
    }
  });

  it("refuses bytes larger than 25 MB", async () => {
    const outcome = await readDocumentText({ name: "stor.txt", bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) });
    expect(outcome).toMatchObject({ kind: "unreadable", reason: "tooLarge" });
  });

  it("calls a file with no bytes at all empty", async () => {
    expect(await readDocumentText({ name: "tom.pdf", bytes: new Uint8Array() })).toMatchObject({ reason: "empty" });
  });
});

describe("reading files from disk", () => {
  it("reads a file by its path", async () => {
    const file = path.join(scratch, "ärende.txt");
    writeFileSync(file, `${HEADING}\n${BODY}\n`);
    expect(await readDocumentFile(file)).toEqual({ kind: "read", text: `${HEADING}\n${BODY}`, format: "txt" });
  });

  it("reads a .pdf and a .docx by their paths", async () => {
    const pdfFile = path.join(scratch, "ärende.pdf");
    writeFileSync(pdfFile, await samplePdf([HEADING, BODY]));
    expect(await readDocumentFile(pdfFile)).toEqual({ kind: "read", text: `${HEADING}\n${BODY}`, format: "pdf" });
    const docxFile = path.join(scratch, "ärende.docx");
    writeFileSync(docxFile, await sampleDocx([HEADING, BODY]));
    expect(await readDocumentFile(docxFile)).toEqual({ kind: "read", text: `${HEADING}\n\n${BODY}`, format: "docx" });
  });

  it("refuses a file larger than 25 MB from its size alone", async () => {
    const file = path.join(scratch, "stor.pdf");
    writeFileSync(file, "");
    truncateSync(file, MAX_DOCUMENT_BYTES + 1); // sparse: nothing is written
    expect(await readDocumentFile(file)).toMatchObject({ kind: "unreadable", reason: "tooLarge" });
  });

  it("accepts a file of exactly 25 MB", async () => {
    const file = path.join(scratch, "precis.txt");
    writeFileSync(file, "");
    truncateSync(file, MAX_DOCUMENT_BYTES); // all NUL bytes: read, then found to be binary
    expect(await readDocumentFile(file)).toMatchObject({ kind: "unreadable", reason: "corrupt" });
  });

  it("reports a missing file or a folder as inaccessible instead of throwing", async () => {
    expect(await readDocumentFile(path.join(scratch, "finns-inte.txt"))).toMatchObject({ reason: "inaccessible" });
    const folder = path.join(scratch, "mapp.txt");
    mkdirSync(folder);
    expect(await readDocumentFile(folder)).toMatchObject({ reason: "inaccessible" });
  });
});
