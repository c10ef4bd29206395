import { describe, expect, test } from "vitest";
import { liveNamesIn, renderTex } from "../../../../src/components/prose/tex.ts";
import { LIVE_NAMES, type LiveName } from "../../../../src/components/prose/live-values.ts";

const texts = Object.fromEntries(LIVE_NAMES.map((name) => [name, "0"])) as Record<LiveName, string>;
texts.loss = "20.5";
texts["start-m"] = "−0.30";
texts.loss1 = "1.36 × 10⁷";

describe("renderTex(source, options)", () => {
  test("renders maths without live numbers as KaTeX HTML and MathML", () => {
    const html = renderTex("y = m x + b", { display: false, texts });
    expect(html).toContain('class="katex"');
    expect(html).toContain("<math");
    expect(html).not.toContain("data-live");
  });
  test("marks each live number in the visible HTML, as one text with a typographic minus and a superscript power", () => {
    const html = renderTex(String.raw`m = \live{start-m}, L = \live{loss}, L_1 = \live{loss1}`, { display: true, texts });
    expect(html).toContain("katex-display");
    expect(html).toMatch(/data-quantity="start-m" data-live="1"><span class="mord text"><span class="mord">\u22120\.30<\/span>/);
    expect(html).toMatch(/data-quantity="loss" data-live="1">.*20\.5/);
    expect(html).toMatch(/data-quantity="loss1" data-live="1">.*1\.36 × 10⁷/);
    expect(html).not.toContain("XLIVE");
    expect(html).not.toMatch(/\d-\d|>-\d/);
  });
  test("marks the same numbers in the MathML that screen readers read", () => {
    const html = renderTex(String.raw`L = \live{loss}`, { display: false, texts });
    const mathml = html.match(/<math[\s\S]*<\/math>/)?.[0] ?? "";
    expect(mathml).toContain('<mn data-quantity="loss" data-live="1">20.5</mn>');
    expect(mathml).not.toContain("XLIVE");
    expect(mathml).toContain("L = 20.5</annotation>");
  });
  test("refuses a live number it does not know, at build time", () => {
    expect(() => renderTex(String.raw`\live{m0}`, { display: false, texts })).toThrow("renderTex: invalid live number 0; not a live name: m0");
  });
  test("refuses TeX that is not LaTeX, rather than rendering it in red", () => {
    expect(() => renderTex(String.raw`\frac{1}{`, { display: false, texts })).toThrow();
  });
});

test("liveNamesIn(source) lists the live numbers in order", () => {
  expect(liveNamesIn(String.raw`\live{loss} - \live{lr} \times \live{loss}`)).toEqual(["loss", "lr", "loss"]);
});

test("renderTex(source) refuses TeX that KaTeX writes as invalid MathML, which Firefox reports", () => {
  expect(() => renderTex(String.raw`\lambda_{\max}`, { display: false, texts })).toThrow("renderTex: invalid MathML; <msub> has 3 children, not 2: \\lambda_{\\max}");
  expect(renderTex(String.raw`\lambda_{\text{max}}`, { display: false, texts })).toContain("<msub><mi>λ</mi><mtext>max</mtext></msub>");
});
