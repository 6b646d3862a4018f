import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { saveUpload } from "./upload-file.js";

const folder = mkdtempSync(path.join(tmpdir(), "jamt-upload-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("saveUpload", () => {
  it("writes a stream to the file as it arrives", async () => {
    const target = path.join(folder, "a", "upload.csv");
    const saved = await saveUpload(Readable.from([Buffer.from("kon,alder\n"), Buffer.from("K,34\n")]), target, 100);
    expect(saved).toEqual({ kind: "saved", path: target, bytes: 15 });
    expect(readFileSync(target, "utf8")).toBe("kon,alder\nK,34\n");
  });

  it("reads a stream past the limit to its end but keeps nothing of it", async () => {
    const target = path.join(folder, "large.csv");
    const source = Readable.from(Array.from({ length: 10 }, () => Buffer.alloc(10, 65)));
    expect(await saveUpload(source, target, 50)).toEqual({ kind: "too_large" });
    expect(source.readableEnded).toBe(true);
    expect(existsSync(target)).toBe(false);
  });

  it("keeps no file of an empty upload", async () => {
    const target = path.join(folder, "empty.csv");
    expect(await saveUpload(new Uint8Array(), target, 50)).toEqual({ kind: "empty" });
    expect(existsSync(target)).toBe(false);
  });
});
