/**
 * The codec of the reader's own points in a link (data-codec.ts) comes apart from the first view: only a link that
 * carries points (`data=`) needs it on opening, and otherwise only the reader's own edits, whose code comes later
 * (the data panel, the point editor). Whoever brings it hands it over here; the state and the URL codec ask here.
 */
type DataCodec = Pick<typeof import("./data-codec.ts"), "decodeData" | "encodeData">;

let loaded: DataCodec | null = null;
let loading: Promise<void> | null = null;

/** dataCodec() is the points' codec; it throws if asked before it has come (a link with points waits for it first). */
export function dataCodec(): DataCodec {
  if (!loaded) throw new Error("dataCodec: the points' codec has not loaded; await loadDataCodec() before reading a link with data");
  return loaded;
}

/** provideDataCodec(codec) hands the codec over: the call of whatever chunk imports it statically. */
export function provideDataCodec(codec: DataCodec): void {
  loaded = codec;
}

/** loadDataCodec() fetches the codec once (a chunk of its own) and hands it over. */
export function loadDataCodec(): Promise<void> {
  loading ??= import("./data-codec.ts").then(provideDataCodec);
  return loading;
}

/** codecForLink(search) is the codec's loading when the link carries the reader's points, else undefined: nothing to wait for. */
export function codecForLink(search: string): Promise<void> | undefined {
  return new URLSearchParams(search).has("data") ? loadDataCodec() : undefined;
}
