import katex from "katex";
import { isLiveName, type LiveName } from "./live-values.ts";
import { mathmlArityProblems } from "./mathml-arity.ts";

/** Options for renderTex: display or inline, and the text of every live number at build time. */
export interface TexOptions {
  readonly display: boolean;
  readonly texts: Readonly<Record<LiveName, string>>;
}

const LIVE = /\\live\{([a-z0-9-]+)\}/g;
const SENTINEL = /<mtext>XLIVE(\d+)X<\/mtext>/g;

/** liveNamesIn(source) lists the live numbers a formula asks for with \live{name}, in order. */
export function liveNamesIn(source: string): LiveName[] {
  return [...source.matchAll(LIVE)].map(([, name], i) => {
    if (!name || !isLiveName(name)) throw new Error(`renderTex: invalid live number ${i}; not a live name: ${name}`);
    return name;
  });
}

/**
 * renderTex(source, options) renders TeX to KaTeX HTML at build time. Each \live{name} becomes the
 * number's build-time text, marked data-quantity=name and data-live in both the visible HTML and the
 * MathML that screen readers read, so the page can keep them current without shipping KaTeX.
 * Live values are set as text (\text{…}) so each is one text node; KaTeX renders a placeholder there and
 * the number's own text (typographic minus, × 10⁷) is put in after, which KaTeX's strict mode would refuse.
 */
export function renderTex(source: string, { display, texts }: TexOptions): string {
  const names = liveNamesIn(source);
  let i = 0;
  const visible = source.replace(LIVE, () => {
    const name = names[i];
    return `\\htmlData{quantity=${name},live=1}{\\text{XLIVE${i++}X}}`;
  });
  i = 0;
  const spoken = source.replace(LIVE, () => `\\text{XLIVE${i++}X}`);

  const html = katex.renderToString(visible, {
    displayMode: display,
    output: "htmlAndMathml",
    // Only \htmlData is trusted, and only for the markers written above: the sources are the essay's own.
    trust: (context) => context.command === "\\htmlData",
    strict: (code: string) => (code === "htmlExtension" ? "ignore" : "error"),
    throwOnError: true,
  }).replace(/XLIVE(\d+)X/g, (_, k: string) => escapeHtml(texts[names[Number(k)]!]));
  const mathml = katex
    .renderToString(spoken, { displayMode: display, output: "mathml", strict: "error", throwOnError: true })
    .replace(SENTINEL, (_, k: string) => {
      const name = names[Number(k)]!;
      return `<mn data-quantity="${name}" data-live="1">${escapeHtml(texts[name])}</mn>`;
    })
    // The TeX annotation reads as the formula with its numbers in.
    .replace(/\\text\{XLIVE(\d+)X\}/g, (_, k: string) => escapeHtml(texts[names[Number(k)]!]));
  const math = mathml.match(/<math[\s\S]*<\/math>/)?.[0];
  if (!math) throw new Error(`renderTex: invalid source; KaTeX made no MathML: ${source}`);
  // KaTeX writes some valid TeX as invalid MathML (\lambda_{\max}: a subscript of three children), which
  // Firefox refuses in the console; \text{max} says the same thing validly.
  const [invalid] = mathmlArityProblems(math);
  if (invalid) throw new Error(`renderTex: invalid MathML; ${invalid}: ${source}`);
  return html.replace(/<math[\s\S]*<\/math>/, () => math);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
