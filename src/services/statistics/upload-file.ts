import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * An upload written to a temporary file as it arrives, so that a 200 MB file never sits in
 * memory. The caller removes the file when done (`removeQuietly`), whatever happened.
 */

export type SavedUpload =
  | { readonly kind: "saved"; readonly path: string; readonly bytes: number }
  | { readonly kind: "too_large" }
  | { readonly kind: "empty" };

/**
 * Writes `source` to `target` (its folder is made). Past `maxBytes` nothing more is written
 * but the rest is read and dropped, so that the client still gets an answer; the partial
 * file is then removed.
 */
export async function saveUpload(
  source: Readable | Uint8Array,
  target: string,
  maxBytes: number,
): Promise<SavedUpload> {
  await mkdir(path.dirname(target), { recursive: true });
  let bytes = 0;
  const input = source instanceof Uint8Array ? Readable.from([source]) : source;
  try {
    await pipeline(
      input,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          bytes += chunk.byteLength;
          if (bytes <= maxBytes) yield chunk;
        }
      },
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch (error) {
    await removeQuietly(target);
    throw error;
  }
  if (bytes > maxBytes || bytes === 0) {
    await removeQuietly(target);
    return bytes === 0 ? { kind: "empty" } : { kind: "too_large" };
  }
  return { kind: "saved", path: target, bytes };
}

/** Removes a file if it is there; never throws. */
export async function removeQuietly(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}
