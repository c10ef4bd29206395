import { expect, test } from "vitest";
import { charactersOf, fontFaces } from "../../../scripts/subset-fonts.mjs";

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

test("charactersOf(pages, scripts) is printable ASCII and every other character the pages and scripts show, sorted once", () => {
  const page = '<p title="drag ↔">loss &#x2212;0.3 &amp; η</p><script>const x = "∑";</script><style>a::after{content:"†"}</style>';
  const script = 'const minus = "\\u2212", arrow = "\\u{2192}", done = "✓"; const again = "η";';
  expect(charactersOf([page], [script])).toBe([...ASCII, "η", "↔", "→", "−", "✓"].sort().join(""));
});

test("charactersOf(pages, scripts) leaves out the byte-order mark and text inside a page's scripts and styles", () => {
  expect(charactersOf(["\ufeff<p>a</p><script>'λ'</script><style>/* µ */</style>"], [])).toBe(ASCII);
});

test("fontFaces(css) lists each @font-face that loads a file, with its family, style, weight range and URL", () => {
  const css =
    '@font-face{font-family:"Source Serif 4";font-style:italic;font-weight:400 700;font-display:swap;src:url(/_astro/Serif-Italic.ttf.Ab12Cd34.woff2) format("woff2")}' +
    "@font-face{font-family:KaTeX_Main;src:url(/_astro/KaTeX_Main-Regular.B22Nviop.woff2) format(\"woff2\");font-weight:normal}" +
    '@font-face{font-family:"Fallback";src:local("Arial");size-adjust:93%}.x{font-weight:700}';
  expect(fontFaces(css)).toEqual([
    { family: "Source Serif 4", style: "italic", weight: [400, 700], url: "/_astro/Serif-Italic.ttf.Ab12Cd34.woff2" },
    { family: "KaTeX_Main", style: "normal", weight: [400, 400], url: "/_astro/KaTeX_Main-Regular.B22Nviop.woff2" },
  ]);
});
