/**
 * Saving a figure as it is shown: its drawn layers (SVG and canvas) composed into one standalone SVG, with
 * every colour and font resolved from the page's CSS, and the essay's faces embedded, so the file looks the
 * same in a slide or an editor; and the same SVG rasterised at twice its size as a PNG.
 *
 * Loaded only when a reader asks for a file (FigureActions imports it on click), so the first view's
 * JavaScript does not carry it. Browser only.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
/** How many device pixels a saved PNG has per CSS pixel of the figure. */
export const PNG_SCALE = 2;
/** Height of the band above the plot that carries the figure's title. */
const TITLE_BAND = 26;
/** Smaller drawings than this (a legend's swatches, a button's icon) belong to the text around them, not to the plot. */
const LEAST_LAYER = 48;

/**
 * The properties copied from the page's computed styles onto every element of the copy: all that decides how
 * an SVG mark looks. CSS variables, light-dark() and the theme are resolved by then, so the file keeps the
 * colours the reader saw without the page's stylesheet.
 */
const PAINT = [
  "display", "visibility", "opacity", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
  "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "paint-order",
  "vector-effect", "color", "font-family", "font-size", "font-weight", "font-style", "font-variant-numeric",
  "font-feature-settings", "letter-spacing", "text-anchor", "dominant-baseline", "alignment-baseline", "text-decoration",
  "mix-blend-mode", "shape-rendering",
] as const;

/** A figure saved as a standalone SVG: its text and its size in CSS pixels. */
export interface SavedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** A drawn layer of the figure and where it sits, relative to the figure's drawing. */
interface Layer {
  readonly element: SVGSVGElement | HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** layersOf(figure) is every SVG and canvas that draws the figure, in painting order, leaving out icons, swatches, controls and hidden ones. */
function layersOf(figure: HTMLElement): Layer[] {
  const found = [...figure.querySelectorAll<SVGSVGElement | HTMLCanvasElement>("svg, canvas")].filter((el) => {
    if (el.parentElement?.closest("svg")) return false;
    if (el.closest("button, [data-figure-actions], [aria-hidden='true'][hidden]")) return false;
    const box = el.getBoundingClientRect();
    return box.width >= LEAST_LAYER && box.height >= LEAST_LAYER && getComputedStyle(el).visibility !== "hidden";
  });
  const boxes = found.map((el) => el.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return found.map((element, k) => ({ element, x: boxes[k]!.left - left, y: boxes[k]!.top - top, width: boxes[k]!.width, height: boxes[k]!.height }));
}

/** copyStyles(from, to) writes from's computed look onto to and its descendants, dropping what is not displayed. */
function copyStyles(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  if (style.display === "none") {
    to.remove();
    return;
  }
  const declared = PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).filter((d) => !d.endsWith(":"));
  to.setAttribute("style", declared.join(";"));
  to.removeAttribute("class");
  const a = from.children;
  const b = [...to.children];
  for (let k = 0; k < a.length; k++) copyStyles(a[k]!, b[k]!);
}

/** number(v) is a length for an attribute: at most two decimals, no float noise. */
const number = (v: number) => String(Math.round(v * 100) / 100);

/** layerCopy(layer) is the layer as an element of the saved SVG: a styled copy of an SVG, or a canvas as an image of its pixels. */
function layerCopy(layer: Layer): Element {
  const { element } = layer;
  if (element instanceof HTMLCanvasElement) {
    const image = document.createElementNS(SVG_NS, "image");
    image.setAttribute("href", element.toDataURL("image/png"));
    for (const [k, v] of [["x", layer.x], ["y", layer.y], ["width", layer.width], ["height", layer.height]] as const) image.setAttribute(k, number(v));
    image.setAttribute("preserveAspectRatio", "none");
    return image;
  }
  const copy = element.cloneNode(true) as SVGSVGElement;
  copyStyles(element, copy);
  // Controls and their hints carry no ink, but their names are for the page's readers, not for a picture.
  for (const el of copy.querySelectorAll("[tabindex], [role], [aria-label], [aria-hidden]")) {
    for (const attr of ["tabindex", "role", "aria-label", "aria-hidden", "aria-valuenow", "aria-valuetext", "aria-valuemin", "aria-valuemax", "aria-describedby"]) el.removeAttribute(attr);
  }
  for (const [k, v] of [["x", layer.x], ["y", layer.y], ["width", layer.width], ["height", layer.height]] as const) copy.setAttribute(k, number(v));
  copy.removeAttribute("aria-hidden");
  copy.removeAttribute("role");
  copy.removeAttribute("aria-label");
  return copy;
}

/** The font families and styles the copy's text uses ("Source Sans 3" normal), by each family's first name. */
function fontsUsed(svg: Element): Set<string> {
  const used = new Set<string>();
  for (const el of [svg, ...svg.querySelectorAll("text, tspan")]) {
    const style = (el as SVGElement).style;
    const family = style.getPropertyValue("font-family");
    if (!family || (el !== svg && !el.textContent?.trim())) continue;
    for (const name of family.split(",")) used.add(`${name.trim().replace(/^["']|["']$/g, "")}|${style.getPropertyValue("font-style") || "normal"}`);
  }
  return used;
}

/** bytesToBase64(bytes) is the bytes in base64, in slices so a large font does not overflow the call stack. */
function bytesToBase64(bytes: Uint8Array): string {
  let text = "";
  for (let k = 0; k < bytes.length; k += 0x8000) text += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(text);
}

// Each face's file in base64, fetched once a page: a reader saving several figures waits for it once.
const fetched = new Map<string, Promise<string | null>>();
/** fontData(url) is the font file at url in base64, or null when the site does not answer with it. */
function fontData(url: string): Promise<string | null> {
  let data = fetched.get(url);
  if (!data) {
    data = fetch(url).then(async (response) => (response.ok ? bytesToBase64(new Uint8Array(await response.arrayBuffer())) : null));
    fetched.set(url, data);
  }
  return data;
}

/**
 * fontFaces(used) is the page's @font-face rules for the faces the copy uses, each file fetched from the
 * site and embedded as a data: URL (a saved SVG opened elsewhere, or drawn into a canvas, cannot reach the
 * site's files); rules naming only local() fonts, the metric fallbacks, are kept as they are.
 */
async function fontFaces(used: Set<string>): Promise<string> {
  const rules: string[] = [];
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of list) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue("font-family").trim().replace(/^["']|["']$/g, "");
      const style = rule.style.getPropertyValue("font-style").trim() || "normal";
      if (!used.has(`${family}|${style}`)) continue;
      const base = sheet.href ?? document.baseURI;
      let text = rule.cssText;
      for (const [whole, , path] of text.matchAll(/url\((["']?)([^"')]+)\1\)/g)) {
        if (path!.startsWith("data:")) continue;
        try {
          const data = await fontData(new URL(path!, base).href);
          if (data) text = text.replace(whole, `url("data:font/woff2;base64,${data}")`);
        } catch {
          // Without the file the family's name still stands, and the reader's own copy of the face or its fallback is used.
        }
      }
      rules.push(text);
    }
  }
  return rules.join("\n");
}

/** backgroundOf(el) is the colour behind el on the page: the first ancestor's background that is not transparent. */
function backgroundOf(el: Element): string {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return "#ffffff";
}

/** titleOf(figure) is the figure's title as the page shows it: its label, or what its aria-labelledby names, or its first heading. */
function titleOf(figure: HTMLElement): string {
  const label = figure.getAttribute("aria-label");
  if (label) return label;
  const id = figure.getAttribute("aria-labelledby");
  const named = id ? document.getElementById(id) : figure.querySelector(".figure-title, h2, h3");
  return named?.textContent?.trim() ?? "";
}

/**
 * figureSvg(figure) is the figure as a standalone SVG: its title over its drawn layers, each where the page
 * shows it, at its size in CSS pixels, on the page's background, with the page's colours and fonts, a
 * title and a description naming the essay and the link of the state it shows.
 */
export async function figureSvg(figure: HTMLElement): Promise<SavedSvg> {
  const layers = layersOf(figure);
  const width = Math.max(0, ...layers.map((l) => l.x + l.width));
  const plotHeight = Math.max(0, ...layers.map((l) => l.y + l.height));
  const title = titleOf(figure);
  const band = title ? TITLE_BAND : 0;
  const height = plotHeight + band;
  const figureStyle = getComputedStyle(figure);

  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("width", number(width));
  svg.setAttribute("height", number(height));
  svg.setAttribute("viewBox", `0 0 ${number(width)} ${number(height)}`);
  svg.setAttribute("style", `font-family:${figureStyle.fontFamily};color:${figureStyle.color}`);
  const name = document.createElementNS(SVG_NS, "title");
  name.textContent = title;
  const desc = document.createElementNS(SVG_NS, "desc");
  desc.textContent = `From the explorable essay “Loss Space vs Data Space”, at ${location.href}`;
  const ground = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of [["width", "100%"], ["height", "100%"], ["fill", backgroundOf(figure)]] as const) ground.setAttribute(k, v);
  svg.append(name, desc, ground);
  if (title) {
    const heading = document.createElementNS(SVG_NS, "text");
    const titleStyle = getComputedStyle(figure.querySelector(".figure-title, h3, figcaption") ?? figure);
    heading.setAttribute("x", "0");
    heading.setAttribute("y", "17");
    heading.setAttribute("style", `font-family:${titleStyle.fontFamily};font-size:${titleStyle.fontSize};font-weight:${titleStyle.fontWeight};fill:${titleStyle.color}`);
    heading.textContent = title;
    svg.append(heading);
  }
  const plot = document.createElementNS(SVG_NS, "g");
  plot.setAttribute("transform", `translate(0 ${band})`);
  for (const layer of layers) plot.append(layerCopy(layer));
  svg.append(plot);

  const faces = await fontFaces(fontsUsed(svg));
  if (faces) {
    const defs = document.createElementNS(SVG_NS, "style");
    defs.textContent = faces;
    svg.prepend(defs);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  return { text, width, height };
}

/**
 * pngOf(saved) is the saved SVG drawn at PNG_SCALE times its size into a canvas, as a PNG. The SVG goes in as
 * a data: URL, which the page's image policy allows (img-src 'self' data:), and, with nothing from another
 * origin in it, leaves the canvas readable.
 */
export async function pngOf(saved: SavedSvg): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(saved.text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(saved.width * PNG_SCALE);
  canvas.height = Math.round(saved.height * PNG_SCALE);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("pngOf: this browser gave no 2D canvas to draw the figure in");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("pngOf: the canvas made no PNG"))), "image/png"));
}

/** download(blob, filename) hands the file to the browser to save, through a blob: URL (a link's download, which the page's policy does not restrict). */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** saveFigure(figure, name, format) saves the figure as `name`.svg or `name`.png (twice its size), as shown now. */
export async function saveFigure(figure: HTMLElement, name: string, format: "svg" | "png"): Promise<void> {
  const saved = await figureSvg(figure);
  if (format === "svg") download(new Blob([saved.text], { type: "image/svg+xml" }), `${name}.svg`);
  else download(await pngOf(saved), `${name}.png`);
}
