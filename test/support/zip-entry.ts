import yauzl from "yauzl";

/** The text of one file inside a zip archive (a .docx or .xlsx), for tests that read an export back. */
export async function readZipEntry(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName !== name) continue;
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    zip.close();
    return Buffer.concat(chunks).toString("utf8");
  }
  zip.close();
  throw new Error(`${name} is not in the archive`);
}
