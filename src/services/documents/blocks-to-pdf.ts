import PDFDocument from "pdfkit";
import { type BlockDocument, type DocumentBlock, languageTag, paragraphsOf } from "./document-blocks.js";
import { fitToWindows1252 } from "./windows-1252.js";

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;
const HEADING_SIZE = { 1: 18, 2: 14, 3: 12 } as const;
const BODY_SIZE = 11;
/** 2.5 cm, in points. */
const MARGIN = 71;

/**
 * A tagged PDF (A4) of the blocks: every heading, paragraph and list item is in the structure
 * tree (H1–H3, P, L/LI), the language and title are set and the viewer shows the title rather
 * than the file name.
 *
 * WARNING: uses the standard Helvetica font (WinAnsiEncoding): Swedish letters, "–", "”" and "§"
 * are fine, but letters outside Windows-1252 are simplified (see `fitToWindows1252`). The font is
 * not embedded, so the file is not PDF/UA; that needs a Unicode font file shipped with Jämt.
 */
export function blocksToPdf(document: BlockDocument): Promise<Uint8Array> {
  const { metadata } = document;
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: languageTag(metadata.locale),
    info: { Title: metadata.title, Author: metadata.author, Subject: metadata.subject, Creator: "Jämt" },
  });
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on("error", reject);
  });
  const root = pdf.struct("Document");
  pdf.addStructure(root);
  for (const block of document.blocks) drawBlock(pdf, root, block);
  root.end();
  pdf.end();
  return finished;
}

/** Draws one block at the current position and hangs its structure element under `root`. */
function drawBlock(pdf: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: DocumentBlock): void {
  switch (block.kind) {
    case "heading":
      pdf.moveDown(block.level === 1 ? 0 : 0.6);
      root.add(
        pdf.struct(`H${block.level}`, {}, () => {
          pdf.font(FONT.bold).fontSize(HEADING_SIZE[block.level]).text(fitToWindows1252(block.text));
        }),
      );
      pdf.moveDown(0.3);
      return;
    case "text": {
      const font = block.emphasis === "strong" ? FONT.bold : block.emphasis === "subtle" ? FONT.italic : FONT.regular;
      for (const lines of paragraphsOf(block.text)) {
        root.add(
          pdf.struct("P", {}, () => {
            pdf
              .font(font)
              .fontSize(BODY_SIZE)
              .text(fitToWindows1252(lines.join("\n")), { paragraphGap: 4 });
          }),
        );
      }
      return;
    }
    case "field":
      root.add(
        pdf.struct("P", {}, () => {
          pdf
            .fontSize(BODY_SIZE)
            .font(FONT.bold)
            .text(`${fitToWindows1252(block.label)}: `, { continued: true })
            .font(FONT.regular)
            .text(fitToWindows1252(block.value), { paragraphGap: 4 });
        }),
      );
      return;
    case "list": {
      const list = pdf.struct("L");
      root.add(list);
      pdf
        .font(FONT.regular)
        .fontSize(BODY_SIZE)
        .list(block.items.map(fitToWindows1252), {
          listType: block.style === "numbered" ? "numbered" : "bullet",
          structParent: list,
          paragraphGap: 3,
        });
      list.end();
      pdf.moveDown(0.3);
      return;
    }
  }
}
