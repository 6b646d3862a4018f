/** Characters as a terminal shows them: "ä" written as a + combining mark is one. */
export function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** The text followed by spaces up to `to` characters as shown; longer text is left whole. */
export function padEnd(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - width(text)));
}

/** The text after spaces up to `to` characters as shown; longer text is left whole. */
export function padStart(text: string, to: number): string {
  return " ".repeat(Math.max(0, to - width(text))) + text;
}
