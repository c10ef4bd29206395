import { MAX_CSV_CHARS, NOT_TEXT, looksBinary } from "../../state/csv.ts";
import { grouped } from "../../format/numbers.ts";

/** Bytes of a file looked at before the rest is read, to refuse a binary file early. */
const SNIFF_BYTES = 8192;

/** A chosen file's text, or a sentence saying why it was not read. */
export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/**
 * readCsvFile(file) reads a chosen file as text, refusing an empty or oversized file by its size alone and a
 * binary one by its first bytes, so neither is read whole. Never throws.
 */
export async function readCsvFile(file: Blob): Promise<FileText> {
  if (file.size === 0) return { ok: false, error: "The file is empty: there is nothing to read." };
  // A character takes at least one byte, so a file this large cannot hold a text short enough to read.
  if (file.size > MAX_CSV_CHARS) {
    return { ok: false, error: `The file is too large: the most that is read is ${grouped(MAX_CSV_CHARS)} characters.` };
  }
  try {
    const head = new TextDecoder().decode(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (looksBinary(head)) return { ok: false, error: NOT_TEXT };
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: "The file could not be read: choose it again, or paste its text." };
  }
}
