import PDFDocument from "pdfkit";
import {
  type BlockDocument,
  type DocumentBlock,
  languageTag,
  paragraphsOf,
  type TableBlock,
} from "./document-blocks.js";
import { fitToWindows1252 } from "./windows-1252.js";

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;
const HEADING_SIZE = { 1: 18, 2: 14, 3: 12 } as const;
const BODY_SIZE = 11;
const TABLE_SIZE = 9;
/** Cell padding in tables, in points, on each side. */
const CELL_PADDING = 3;
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
    case "table":
      drawTable(pdf, root, block);
      return;
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

/**
 * A table in the structure tree (Table, TR, TH with column scope, TD), 9 pt, the heading and foot
 * rows in bold; columns share the width between the margins by their `widths`.
 */
function drawTable(pdf: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, block: TableBlock): void {
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const widths = columnWidths(pdf, block, width);
  const cells = (row: readonly string[], header: boolean, bold: boolean) =>
    block.header.map((_, column) => ({
      text: fitToWindows1252(row[column] ?? ""),
      type: header ? ("TH" as const) : ("TD" as const),
      ...(header ? { scope: "Column" } : {}),
      font: { src: header || bold ? FONT.bold : FONT.regular, size: TABLE_SIZE },
      align: { x: block.align?.[column] === "end" ? ("right" as const) : ("left" as const), y: "top" as const },
    }));
  pdf.font(FONT.regular).fontSize(TABLE_SIZE);
  const options = {
    structParent: root,
    columnStyles: widths,
    defaultStyle: { border: 0.5, borderColor: "#808080", padding: CELL_PADDING },
    data: [
      cells(block.header, true, true),
      ...block.rows.map((row) => cells(row, false, false)),
      ...(block.footer ? [cells(block.footer, false, true)] : []),
    ],
  };
  // `structParent` is pdfkit's own option for tagged tables, missing from @types/pdfkit.
  pdf.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
  pdf.fontSize(BODY_SIZE).moveDown(0.6);
}

/**
 * Column widths that share `width` by the block's weights, but never narrower than the widest
 * word of a column (a date must not break in two): what a narrow column lacks is taken from
 * the columns with room to spare, in proportion to that room.
 */
function columnWidths(pdf: PDFKit.PDFDocument, block: TableBlock, width: number): number[] {
  const weights = block.header.map((_, column) => block.widths?.[column] ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const rows = [block.header, ...block.rows, ...(block.footer ? [block.footer] : [])];
  pdf.font(FONT.bold).fontSize(TABLE_SIZE);
  const least = block.header.map((_, column) => {
    const words = rows.flatMap((row) => fitToWindows1252(row[column] ?? "").split(/\s+/));
    return Math.max(0, ...words.map((word) => pdf.widthOfString(word))) + 2 * CELL_PADDING + 1;
  });
  const shares = weights.map((weight) => (width * weight) / total);
  const lacking = shares.reduce((sum, share, column) => sum + Math.max(0, (least[column] ?? 0) - share), 0);
  const spare = shares.reduce((sum, share, column) => sum + Math.max(0, share - (least[column] ?? 0)), 0);
  if (lacking === 0 || spare <= lacking) return shares;
  return shares.map((share, column) => {
    const need = least[column] ?? 0;
    return share < need ? need : share - ((share - need) / spare) * lacking;
  });
}
