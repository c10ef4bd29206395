import { describe, expect, test } from "vitest";
import { readCsvFile } from "../../../../src/components/data/csv-file.ts";
import { MAX_CSV_CHARS, NOT_TEXT } from "../../../../src/state/csv.ts";

/** A Blob that fails the test if more than its first `allowed` bytes are read. */
function guarded(size: number, head: Uint8Array<ArrayBuffer>, allowed: number): Blob {
  const blob = new Blob([head, new Uint8Array(Math.max(0, size - head.length))]);
  return {
    size: blob.size,
    slice: (start?: number, end?: number) => {
      if ((end ?? size) > allowed) throw new Error(`read ${end} bytes`);
      return blob.slice(start, end);
    },
    text: () => { throw new Error("read the whole file"); },
  } as unknown as Blob;
}

describe("readCsvFile", () => {
  test("reads a small text file whole", async () => {
    expect(await readCsvFile(new Blob(["x,y\n1,2\n"]))).toEqual({ ok: true, text: "x,y\n1,2\n" });
  });

  test("refuses an empty or oversized file by its size, reading nothing", async () => {
    expect(await readCsvFile(guarded(0, new Uint8Array(0), 0))).toEqual({ ok: false, error: "The file is empty: there is nothing to read." });
    expect(await readCsvFile(guarded(MAX_CSV_CHARS + 1, new Uint8Array(0), 0))).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  test("refuses a binary file by its first 8 KB, without reading the rest", async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(await readCsvFile(guarded(500_000, png, 8192))).toEqual({ ok: false, error: NOT_TEXT });
  });
});
