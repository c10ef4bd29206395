/** Types for subset-font 2.9 (its own package has none; DefinitelyTyped's predate the options used here). */
declare module "subset-font" {
  interface SubsetFontOptions {
    /** The format written: sfnt (TrueType/OpenType), woff or woff2. */
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    /** Variation axes by tag: a number pins one, {min, max, default} narrows it. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** OpenType feature tags to keep; all are kept when left out. */
    keepFeatures?: string[];
    /** Keep every glyph (text must then be null or empty): instancing without subsetting. */
    keepAllGlyphs?: boolean;
    /** Extra name-table ids to keep. */
    preserveNameIds?: number[];
  }
  /** subsetFont(font, text, options) is the font cut down to the characters of text (TTF, WOFF or WOFF2 in). */
  export default function subsetFont(font: Buffer, text: string | null, options?: SubsetFontOptions): Promise<Buffer>;
}
