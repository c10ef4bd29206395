import { expect, test } from "vitest";
import { unusedFonts } from "../../../scripts/drop-unused-fonts.mjs";

test("unusedFonts(fonts, texts) is the fonts that no text names, wherever they sit in the build", () => {
  const fonts = ["/d/_astro/KaTeX_Main-Regular.C1b2.woff2", "/d/_astro/KaTeX_Main-Regular.D3e4.woff", "/d/_astro/KaTeX_Size1-Regular.F5g6.ttf"];
  const texts = ['<style>@font-face{src:url(/_astro/KaTeX_Main-Regular.C1b2.woff2) format("woff2")}</style>', "console.log(1)"];
  expect(unusedFonts(fonts, texts)).toEqual(["/d/_astro/KaTeX_Main-Regular.D3e4.woff", "/d/_astro/KaTeX_Size1-Regular.F5g6.ttf"]);
});

test("unusedFonts(fonts, texts) keeps every font when a text names them all, and drops all when none does", () => {
  const fonts = ["/a/x.1.woff2", "/a/y.2.ttf"];
  expect(unusedFonts(fonts, ["x.1.woff2 y.2.ttf"])).toEqual([]);
  expect(unusedFonts(fonts, [])).toEqual(fonts);
});
