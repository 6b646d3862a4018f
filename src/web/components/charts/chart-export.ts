import { SEX_COLOURS, TEXT_COLOUR } from "./chart-values.js";

/**
 * A chart as a file: the drawing recharts made (an SVG in the page) with the chart's title
 * above it and its legend and notes below, written out as SVG, or painted on a canvas and
 * saved as PNG. The legend in the page is HTML, so the file draws its own.
 */

/** One entry of the legend drawn into the file, in the same shape as in the chart. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** A solid box, a hatched box (the pattern with `patternId` in the chart's defs) or a line. */
  readonly shape: "solid" | "hatched" | "line";
  readonly patternId?: string;
  readonly dash?: string;
}

export interface ChartFile {
  readonly title: string;
  readonly legend: readonly LegendEntry[];
  /** Lines under the legend: the source, what ".." means. */
  readonly notes: readonly string[];
}

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 16;
/** The first title line's baseline, the distance between title lines, and the space under the title. */
const TITLE_BASELINE = 24;
const TITLE_LINE_HEIGHT = 22;
const TITLE_GAP = 12;
const LINE_HEIGHT = 20;
/** PNGs are drawn at twice the size on screen, so that they stay sharp in documents. */
const PNG_SCALE = 2;

/**
 * A file name in Swedish letters without accents, as people name files: "Kvinnor och män per
 * område 2023" → "kvinnor-och-man-per-omrade-2023.png".
 */
export function chartFileName(title: string, extension: "svg" | "png"): string {
  const slug = title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug === "" ? "diagram" : slug}.${extension}`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rough width of a text at 13 px, to lay the legend out in rows without measuring. */
function textWidth(text: string): number {
  return text.length * 7.2;
}

/** Rough width of a text at 16 px bold, the title's font. */
function titleTextWidth(text: string): number {
  return text.length * 9.6;
}

/**
 * The title in lines that fit the drawing's width, broken between words; a word longer than a
 * line gets a line of its own.
 */
export function wrapTitle(title: string, width: number): string[] {
  const room = width - 2 * PAD;
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter((entry) => entry !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && titleTextWidth(candidate) > room) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

function legendMarkup(entries: readonly LegendEntry[], width: number, top: number): { markup: string; height: number } {
  let x = PAD;
  let y = top;
  const parts: string[] = [];
  for (const entry of entries) {
    const itemWidth = 26 + textWidth(entry.label) + 18;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += LINE_HEIGHT;
    }
    const swatch =
      entry.shape === "line"
        ? `<line x1="${x}" y1="${y + 7}" x2="${x + 20}" y2="${y + 7}" stroke="${entry.colour}" stroke-width="3"${entry.dash ? ` stroke-dasharray="${entry.dash}"` : ""}/>`
        : `<rect x="${x}" y="${y}" width="20" height="14" fill="${entry.shape === "hatched" && entry.patternId ? `url(#${entry.patternId})` : entry.colour}" stroke="${entry.colour}" stroke-width="1.5"/>`;
    parts.push(
      `${swatch}<text x="${x + 26}" y="${y + 12}" font-size="13" fill="${TEXT_COLOUR}">${escapeXml(entry.label)}</text>`,
    );
    x += itemWidth;
  }
  return { markup: parts.join(""), height: entries.length === 0 ? 0 : y - top + LINE_HEIGHT };
}

/** The SVG text of the chart drawn inside `container`, or null when there is no drawing (yet). */
export function chartSvgText(container: HTMLElement, file: ChartFile): string | null {
  const surface = container.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!surface) return null;
  const box = surface.getBoundingClientRect();
  const width = Math.max(320, Math.round(Number(surface.getAttribute("width")) || box.width));
  const height = Math.round(Number(surface.getAttribute("height")) || box.height);
  const titleLines = wrapTitle(file.title, width);
  const titleHeight = TITLE_BASELINE + (titleLines.length - 1) * TITLE_LINE_HEIGHT + TITLE_GAP;
  const drawing = surface.cloneNode(true) as SVGSVGElement;
  drawing.setAttribute("x", "0");
  drawing.setAttribute("y", String(titleHeight));
  drawing.setAttribute("width", String(width));
  drawing.setAttribute("height", String(height));
  drawing.removeAttribute("style");
  drawing.removeAttribute("class");
  drawing.removeAttribute("role");
  const legendTop = titleHeight + height + 8;
  const legend = legendMarkup(file.legend, width, legendTop);
  const notesTop = legendTop + legend.height + 8;
  const notes = file.notes
    .map(
      (note, index) =>
        `<text x="${PAD}" y="${notesTop + index * LINE_HEIGHT + 12}" font-size="12" fill="${TEXT_COLOUR}">${escapeXml(note)}</text>`,
    )
    .join("");
  const total = notesTop + file.notes.length * LINE_HEIGHT + PAD;
  const inner = new XMLSerializer().serializeToString(drawing);
  return [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT}">`,
    `<title>${escapeXml(file.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    titleLines
      .map(
        (line, index) =>
          `<text x="${PAD}" y="${TITLE_BASELINE + index * TITLE_LINE_HEIGHT}" font-size="16" font-weight="700" fill="${TEXT_COLOUR}">${escapeXml(line)}</text>`,
      )
      .join(""),
    inner,
    legend.markup,
    notes,
    "</svg>",
  ].join("");
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the chart as an SVG file; false when there is nothing drawn to save. */
export function downloadChartSvg(container: HTMLElement, file: ChartFile): boolean {
  const text = chartSvgText(container, file);
  if (text === null) return false;
  save(
    new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], { type: "image/svg+xml" }),
    chartFileName(file.title, "svg"),
  );
  return true;
}

/**
 * Saves the chart as a PNG: the SVG is loaded as an image (a data: address, which the page's
 * content security policy allows for images) and painted on a white canvas at twice the size.
 */
export async function downloadChartPng(container: HTMLElement, file: ChartFile): Promise<boolean> {
  const text = chartSvgText(container, file);
  if (text === null) return false;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * PNG_SCALE;
  canvas.height = image.naturalHeight * PNG_SCALE;
  const context = canvas.getContext("2d");
  if (!context) return false;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) return false;
  save(blob, chartFileName(file.title, "png"));
  return true;
}

/** The legend of women, men and (optionally) the total, as the bar charts draw them. */
export function sexBarLegend(
  labels: { readonly women: string; readonly men: string; readonly total?: string },
  patternId: string,
): LegendEntry[] {
  return [
    { label: labels.women, colour: SEX_COLOURS.women, shape: "solid" },
    { label: labels.men, colour: SEX_COLOURS.men, shape: "hatched", patternId },
    ...(labels.total ? [{ label: labels.total, colour: SEX_COLOURS.total, shape: "solid" as const }] : []),
  ];
}
