import { describe, expect, it } from "vitest";
import { sampleDocx, zipArchive } from "../../../test/support/sample-documents.js";
import { type ArchiveLimits, DOCX_ARCHIVE_LIMITS, inspectDocxArchive } from "./docx-archive-guard.js";

const MAIN_PART = { name: "word/document.xml", data: new TextEncoder().encode("<w:document/>") };
const MB = 1024 * 1024;

describe("inspectDocxArchive", () => {
  it("lets a real Word document through", async () => {
    expect(await inspectDocxArchive(await sampleDocx(["# Ärendet", "Text."]))).toEqual({ kind: "safe" });
  });

  it("refuses an entry that is compressed far more than real content", async () => {
    const bytes = zipArchive([MAIN_PART, { name: "word/media/zeros.bin", data: new Uint8Array(5 * MB) }]);
    expect(await inspectDocxArchive(bytes)).toMatchObject({ kind: "archiveBomb" });
  });

  it("lets a small, highly compressible entry through: the ratio counts only above a size", async () => {
    const bytes = zipArchive([MAIN_PART, { name: "word/styles.xml", data: new Uint8Array(512 * 1024) }]);
    expect(await inspectDocxArchive(bytes)).toEqual({ kind: "safe" });
  });

  it("refuses an archive whose entries together declare more than the limit", async () => {
    const limits: ArchiveLimits = { ...DOCX_ARCHIVE_LIMITS, maxTotalUncompressedBytes: 1000 };
    const bytes = zipArchive([MAIN_PART, { name: "word/a.xml", data: new TextEncoder().encode("a".repeat(600)) }]);
    expect(await inspectDocxArchive(bytes, { ...limits, maxTotalUncompressedBytes: 10_000 })).toEqual({ kind: "safe" });
    const twice = zipArchive([
      MAIN_PART,
      { name: "word/a.xml", data: new TextEncoder().encode("a".repeat(600)) },
      { name: "word/b.xml", data: new TextEncoder().encode("b".repeat(600)) },
    ]);
    expect(await inspectDocxArchive(twice, limits)).toMatchObject({ kind: "archiveBomb" });
  });

  it("refuses an archive with too many entries before reading any of them", async () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `word/part${i}.xml`, data: new Uint8Array(1) }));
    const bytes = zipArchive([MAIN_PART, ...entries]);
    expect(await inspectDocxArchive(bytes, { ...DOCX_ARCHIVE_LIMITS, maxEntries: 10 })).toMatchObject({
      kind: "archiveBomb",
      detail: expect.stringContaining("12 entries"),
    });
  });

  it("refuses an entry that unpacks to more than its directory declares", async () => {
    const liar = { name: "word/media/image1.png", data: new Uint8Array(3 * MB), declaredSize: 1000 };
    expect(await inspectDocxArchive(zipArchive([MAIN_PART, liar]))).toMatchObject({ kind: "archiveBomb" });
  });

  it("calls an archive without word/document.xml corrupt", async () => {
    const bytes = zipArchive([{ name: "mimetype", data: new TextEncoder().encode("application/zip") }]);
    expect(await inspectDocxArchive(bytes)).toMatchObject({ kind: "corrupt" });
  });

  it("calls a truncated archive corrupt", async () => {
    const bytes = await sampleDocx(["Text."]);
    expect(await inspectDocxArchive(bytes.subarray(0, bytes.byteLength - 40))).toMatchObject({ kind: "corrupt" });
  });
});
