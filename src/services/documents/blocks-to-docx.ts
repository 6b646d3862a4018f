import {
  AlignmentType,
  Document,
  HeadingLevel,
  type ISectionOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import {
  type BlockDocument,
  type DocumentBlock,
  languageTag,
  paragraphsOf,
  type TableBlock,
} from "./document-blocks.js";

const NUMBERED = "jamt-numbered";
const BULLETED = "jamt-bulleted";
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Twentieths of a point: 11 pt body text, as in the region's templates. */
const BODY_SIZE = 22;
/** 9 pt in tables, so that a column of dates fits beside a column of long texts. */
const TABLE_SIZE = 18;
/** List items hang their number or bullet in the margin: half an inch, a quarter inch hanging. */
const LIST_STYLE = { paragraph: { indent: { left: 720, hanging: 360 } } };

/**
 * A Word document (.docx) of the blocks: real heading styles (Heading 1–3, in the outline, so a
 * screen reader can jump between them), real numbered and bulleted lists (Word numbering, not
 * typed digits), the title in the document properties and the language on all text.
 */
export async function blocksToDocx(document: BlockDocument): Promise<Uint8Array> {
  const { metadata } = document;
  let listInstance = 0;
  const children = document.blocks.flatMap((block) => {
    if (block.kind === "list") listInstance += 1;
    return paragraphsOfBlock(block, listInstance);
  });
  const section: ISectionOptions = { children };
  const word = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    lastModifiedBy: metadata.author,
    styles: {
      default: {
        document: { run: { language: { value: languageTag(metadata.locale) }, size: BODY_SIZE } },
        heading1: headingStyle(32, 0),
        heading2: headingStyle(26, 1),
        heading3: headingStyle(23, 2),
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: LIST_STYLE },
          ],
        },
        {
          reference: BULLETED,
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START, style: LIST_STYLE },
          ],
        },
      ],
    },
    sections: [section],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}

function headingStyle(size: number, outlineLevel: number) {
  return {
    run: { size, bold: true, color: "1F3864" },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  };
}

/** `instance` numbers each list separately, so that the second numbered list starts again at 1. */
function paragraphsOfBlock(block: DocumentBlock, instance: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "table":
      return [tableOf(block), new Paragraph({ text: "", spacing: { after: 120 } })];
    case "heading":
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case "text":
      return paragraphsOf(block.text).map(
        (lines) =>
          new Paragraph({
            children: lines.map(
              (line, index) =>
                new TextRun({
                  text: line,
                  break: index > 0 ? 1 : 0,
                  bold: block.emphasis === "strong",
                  italics: block.emphasis === "subtle",
                }),
            ),
            spacing: { after: 120 },
          }),
      );
    case "field":
      return [
        new Paragraph({
          children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun({ text: block.value })],
        }),
      ];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            text: item,
            numbering: { reference: block.style === "numbered" ? NUMBERED : BULLETED, level: 0, instance },
            spacing: { after: 80 },
          }),
      );
  }
}

/**
 * A real Word table: the heading row repeats on every page (and tells a screen reader it holds
 * the column headings), the foot row is bold, widths are shares of the page width.
 */
function tableOf(block: TableBlock): Table {
  const weights = block.header.map((_, column) => block.widths?.[column] ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const row = (cells: readonly string[], options: { header?: boolean; bold?: boolean } = {}) =>
    new TableRow({
      tableHeader: options.header ?? false,
      cantSplit: true,
      children: block.header.map(
        (_, column) =>
          new TableCell({
            width: { size: Math.round((weights[column] ?? 1) * (100 / total)), type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({
                alignment: block.align?.[column] === "end" ? AlignmentType.END : AlignmentType.START,
                children: (cells[column] ?? "").split("\n").map(
                  (line, index) =>
                    new TextRun({
                      text: line,
                      break: index > 0 ? 1 : 0,
                      bold: options.header || options.bold,
                      size: TABLE_SIZE,
                    }),
                ),
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(block.header, { header: true }),
      ...block.rows.map((cells) => row(cells)),
      ...(block.footer ? [row(block.footer, { bold: true })] : []),
    ],
  });
}
