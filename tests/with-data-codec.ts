// Imported for its effect by the tests that read links in Node (Vitest's setup, the browser tests' own parsing):
// the browser loads the points' codec on demand (src/state/data-codec-on-demand.ts), and an embed page a model's maths
// (src/engine/models/on-demand.ts); here both are there from the start.
import "../src/engine/models/all.ts";
import { decodeData, encodeData } from "../src/state/data-codec.ts";
import { provideDataCodec } from "../src/state/data-codec-on-demand.ts";

provideDataCodec({ decodeData, encodeData });
