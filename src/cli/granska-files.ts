import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { formatOfName } from "../services/documents/index.js";

/** A document to review: the path as the user should see it, and where it is. */
export interface DocumentPath {
  /** As given on the command line, or the given folder joined with the path inside it. */
  readonly shown: string;
  readonly absolute: string;
}

export type CollectedDocuments =
  | { readonly kind: "documents"; readonly documents: readonly DocumentPath[] }
  | { readonly kind: "missing"; readonly paths: readonly string[] };

/** Swedish order ("å" before "ä" before "ö"), numbers by value ("ärende 2" before "ärende 10"). */
const collator = new Intl.Collator("sv", { numeric: true });

/**
 * The documents named by the command line, in a stable order: files in the order given (whatever
 * their extension, so that an unsupported one is reported), folders expanded recursively to their
 * .txt, .md, .docx and .pdf files in Swedish alphabetical order. Hidden files and folders
 * (".name") and Office lock files ("~$name.docx") are skipped, as are symbolic links to folders
 * (they could loop). A file reached twice is reviewed once.
 */
export async function collectDocuments(paths: readonly string[]): Promise<CollectedDocuments> {
  const missing: string[] = [];
  const found: DocumentPath[] = [];
  for (const given of paths) {
    const stats = await stat(given).catch(() => null);
    if (stats === null) missing.push(given);
    else if (stats.isDirectory()) found.push(...(await documentsIn(given)));
    else found.push({ shown: given, absolute: path.resolve(given) });
  }
  if (missing.length > 0) return { kind: "missing", paths: missing };
  return { kind: "documents", documents: await withoutDuplicates(found) };
}

async function documentsIn(folder: string): Promise<DocumentPath[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !isHidden(entry.name))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const documents: DocumentPath[] = [];
  for (const entry of entries) {
    const shown = path.join(folder, entry.name);
    const kind = await kindOf(entry, shown);
    if (kind === "folder") documents.push(...(await documentsIn(shown)));
    else if (kind === "file" && formatOfName(entry.name) !== null)
      documents.push({ shown, absolute: path.resolve(shown) });
  }
  return documents;
}

async function kindOf(entry: Dirent, full: string): Promise<"file" | "folder" | "other"> {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (entry.isSymbolicLink()) {
    const target = await stat(full).catch(() => null);
    return target?.isFile() ? "file" : "other";
  }
  return "other";
}

function isHidden(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

async function withoutDuplicates(documents: readonly DocumentPath[]): Promise<DocumentPath[]> {
  const seen = new Set<string>();
  const unique: DocumentPath[] = [];
  for (const document of documents) {
    const key = await realpath(document.absolute).catch(() => document.absolute);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(document);
  }
  return unique;
}
