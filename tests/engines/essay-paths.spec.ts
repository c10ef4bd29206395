/**
 * The essay's main paths in Firefox and WebKit, against the production build: each test is one page
 * load, and every test fails on a console error or warning (fixtures.ts). The paths assert through the
 * test hooks (data-quantity, data-figure, accessible names, the link), never a component's insides.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.ts";
import type { EnginePage } from "./engine.ts";
import { expectedFor } from "../browser/essay-expected.ts";
import { nonFiniteInPage } from "../browser/quality/page-checks.ts";

const CHAPTER_DIR = join(import.meta.dirname, "../../content/chapters");
/** Each chapter's anchor and the link of its scene (frontmatter; null for a chapter that keeps the state), in reading order. */
const CHAPTERS = readdirSync(CHAPTER_DIR)
  .filter((file) => /^\d\d-.*\.mdx$/.test(file))
  .sort()
  .map((file) => {
    const mdx = readFileSync(join(CHAPTER_DIR, file), "utf8");
    return { anchor: /^anchor: (.+)$/m.exec(mdx)![1]!.trim(), scene: /^scene: "(.*)"$/m.exec(mdx)?.[1] ?? null };
  });

/** A number as a reader reads it: a U+2212 minus is a minus, and commas group thousands. */
const numberIn = (text: string | null) => Number((text ?? "").trim().replace(/\u2212/g, "-").replace(/,/g, ""));

/** Opens the essay at a link and waits until every island has hydrated: the first view's, and those further down (the prose's scrubbable numbers among them) that wait for idle. */
async function openEssay(essay: EnginePage, link = ""): Promise<void> {
  await essay.open(`./${link}`);
  await expect.poll(() => essay.evaluate(() => document.querySelectorAll("astro-island[ssr]").length), { timeout: 30_000 }).toBe(0);
}

/** The text of the first live number of this name (not a slider), as shown. */
function shown(essay: EnginePage, name: string): Promise<string | null> {
  return essay.evaluate((n) => document.querySelector(`[data-quantity="${n}"]:not(input):not([role="slider"])`)?.textContent?.trim() ?? null, name);
}

/** The search part of the page's link. */
const search = (essay: EnginePage) => essay.evaluate(() => location.search);

/** The markup of the loss-space and data-space figures, to tell whether they redrew. */
const figures = (essay: EnginePage) =>
  essay.evaluate(() => [...document.querySelectorAll('[data-figure="loss-space"], [data-figure="data-space"]')].map((f) => f.innerHTML));

/**
 * Marks the first element inside scope with this role and accessible name (aria-label, the labelling
 * element, a form control's label, or its text) and returns a selector for it, for a real click or focus.
 */
async function named(essay: EnginePage, role: "button" | "textbox" | "slider", name: string | RegExp, scope = "body"): Promise<string> {
  const pattern = typeof name === "string" ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$` : name.source;
  const found = await essay.evaluate(
    (role, pattern, scope) => {
      const kinds: Record<string, string> = {
        button: 'button, [role="button"]',
        textbox: 'textarea, input:not([type]), input[type="text"], [role="textbox"]',
        slider: '[role="slider"], input[type="range"]',
      };
      const accessibleName = (el: Element) => {
        const by = el.getAttribute("aria-labelledby");
        const labels = "labels" in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
        const text =
          el.getAttribute("aria-label") ??
          (by ? by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : null) ??
          (labels.length ? labels.map((l) => l.textContent).join(" ") : el.textContent);
        return (text ?? "").replace(/\s+/g, " ").trim();
      };
      document.querySelector("[data-engine-target]")?.removeAttribute("data-engine-target");
      const match = [...document.querySelector(scope)!.querySelectorAll(kinds[role]!)].find((el) => new RegExp(pattern).test(accessibleName(el)));
      match?.setAttribute("data-engine-target", "");
      return match !== undefined;
    },
    role,
    pattern,
    scope,
  );
  if (!found) throw new Error(`no ${role} named ${name} in ${scope}`);
  return "[data-engine-target]";
}

/** Scrolls an element to the middle of the screen and gives it the keyboard focus. */
async function focus(essay: EnginePage, selector: string): Promise<void> {
  await essay.evaluate((s) => {
    const el = document.querySelector<HTMLElement>(s)!;
    el.scrollIntoView({ block: "center" });
    el.focus();
  }, selector);
}

test("the article's start hydrates with the engine's numbers, in the essay's own faces, and fits 1280 × 800 beside a scrollbar, both spaces and the loss curve in sight", async ({ essay }) => {
  await openEssay(essay);
  const expected = expectedFor("");
  await expect.poll(() => shown(essay, "loss")).toBe(expected.texts.loss);
  const live = await essay.evaluate(() =>
    [...document.querySelectorAll('[data-quantity]:not(input):not([role="slider"])')].map((e) => [e.getAttribute("data-quantity") ?? "", e.textContent?.trim() ?? ""]),
  );
  expect(live.length).toBeGreaterThan(40);
  for (const [name, text] of live) {
    expect(Object.keys(expected.texts), `a live number named ${name}`).toContain(name);
    expect(text, `live number ${name}`).toBe(expected.texts[name!]);
  }
  expect(numberIn(await shown(essay, "loss"))).toBe(20.5);
  expect(await essay.evaluate(nonFiniteInPage)).toEqual([]);

  // The faces arrive, this engine accepts the subset files, and the text asks for them.
  const faces = await essay.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((f) => `${f.family.replace(/"/g, "")} ${f.style} ${f.status}`).filter((f) => f.startsWith("Source "));
  });
  expect(faces).toEqual(expect.arrayContaining(["Source Serif 4 normal loaded", "Source Sans 3 normal loaded"]));
  expect(faces.filter((f) => !f.endsWith(" loaded") && !f.endsWith(" unloaded")), "faces that failed").toEqual([]);
  const families = await essay.evaluate(() =>
    ["h1", ".prose p", '[data-figure="loss-space"] figcaption', "button"].map((s) => getComputedStyle(document.querySelector(s)!).fontFamily.split(",")[0]!.replace(/"/g, "").trim()),
  );
  expect(families).toEqual(["Source Sans 3", "Source Serif 4", "Source Sans 3", "Source Sans 3"]);

  // A classic scrollbar takes its room from the page (WebKit here, Firefox, Windows): nothing scrolls
  // sideways, and the data space's two buttons stay on one row.
  const layout = await essay.evaluate(() => {
    const buttons = [...document.querySelectorAll('[data-figure="data-space"] button')].filter((b) => /^(squared residuals|edit points)$/.test(b.textContent?.trim() ?? ""));
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      buttons: buttons.length,
      rows: new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
    };
  });
  expect(layout).toEqual({ overflow: 0, buttons: 2, rows: 1 });

  // Both spaces and the loss curve in sight at once, the curve under both and above the player.
  const column = await essay.evaluate(() => {
    const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    const [loss, data, curve, player] = ['[data-figure="loss-space"] .figure-stage', '[data-figure="data-space"] .figure-stage', '[data-figure="loss-curve"]', ".essay-controls .player"].map(box);
    return { spacesAboveCurve: Math.max(loss!.bottom, data!.bottom) <= curve!.top + 0.5, curveAbovePlayer: curve!.bottom <= player!.top + 0.5, playerOnScreen: player!.bottom <= innerHeight + 0.5 };
  });
  expect(column).toEqual({ spacesAboveCurve: true, curveAbovePlayer: true, playerOnScreen: true });
});

test("a keyboard scrub of the starting slope moves every number, both figures and the link", async ({ essay }) => {
  await openEssay(essay);
  const before = await figures(essay);
  const slope = '#starting-somewhere [role="slider"][data-quantity="m0"]';
  await focus(essay, slope);
  await essay.press("ArrowRight", "ArrowRight");
  await expect.poll(() => essay.evaluate((s) => document.querySelector(s)?.getAttribute("aria-valuenow"), slope)).toBe("-0.1");
  const after = expectedFor("?m=-0.1");
  await expect.poll(() => shown(essay, "m")).toBe(after.texts.m);
  await expect.poll(() => shown(essay, "loss0")).toBe(after.texts.loss0);
  await expect.poll(() => search(essay)).toBe("?m=-0.1");
  const now = await figures(essay);
  expect(now).toHaveLength(2);
  for (const [i, html] of now.entries()) expect(html, `figure ${i} redrew`).not.toBe(before[i]);
});

test("the player's next step lowers the loss and moves both figures and the link", async ({ essay }) => {
  await openEssay(essay);
  const before = await figures(essay);
  await essay.click(await named(essay, "button", "Next step"));
  const one = expectedFor("?step=1");
  await expect.poll(() => shown(essay, "step")).toBe("1");
  await expect.poll(() => shown(essay, "loss")).toBe(one.texts.loss);
  expect(numberIn(await shown(essay, "loss"))).toBeLessThan(20.5);
  await expect.poll(() => search(essay)).toBe("?step=1");
  for (const [i, html] of (await figures(essay)).entries()) expect(html, `figure ${i} redrew`).not.toBe(before[i]);
});

test("a hostile link is corrected with a notice, finite numbers and a canonical link", async ({ essay }) => {
  await openEssay(essay, "?m=NaN&lr=1e309&step=99999999&method=%3Cscript%3E&b=2.5&b=7&foo=bar");
  const notices = () => essay.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(" "));
  for (const word of ["slope", "learning rate", "step", "method"]) await expect.poll(notices).toContain(word);
  await expect.poll(() => search(essay)).toBe("?step=1000");
  expect(await essay.evaluate(nonFiniteInPage)).toEqual([]);
  expect(await essay.evaluate(() => [...document.querySelectorAll("script:not([src])")].some((s) => s.textContent?.includes("<script>")))).toBe(false);
});

test("points typed into the data panel replace the data, and the link carries them", async ({ essay }) => {
  await openEssay(essay, "#your-turn");
  const panel = '[role="group"][aria-label="The data"]';
  await essay.click(await named(essay, "textbox", /^Your own points as CSV/, panel));
  for (const line of ["x,y", "-2,1.5", "0,2", "1,4.25", "3,5"]) {
    await essay.type(line);
    await essay.press("Enter");
  }
  await essay.type("4.5,9");
  await essay.click(await named(essay, "button", "Use this data", panel));
  const status = () => essay.evaluate((p) => document.querySelector(p)?.querySelector("[aria-live]")?.textContent ?? "", panel);
  await expect.poll(status).toContain("Using 5 points from the box.");
  const caption = () => essay.evaluate(() => document.querySelector('[data-figure="data-space"] figcaption')?.textContent ?? "");
  await expect.poll(caption).toContain("through 5 points");
  await expect.poll(() => search(essay)).toMatch(/[?&]data=/);
  expect(await shown(essay, "loss")).not.toBe("20.5");
});

test("each chapter's figures draw its scene as the reader scrolls to it, and every island hydrates", async ({ essay }) => {
  await openEssay(essay);
  for (const { anchor, scene } of CHAPTERS) {
    await essay.evaluate((a) => document.querySelector(`#${a} > h2`)!.scrollIntoView({ block: "start" }), anchor);
    if (scene !== null) await expect.poll(() => shown(essay, "step"), `the step in ${anchor}'s scene`).toBe(expectedFor(`?${scene}`).texts.step);
    const inView = await essay.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-figure]")].flatMap((figure) => {
        const box = figure.getBoundingClientRect();
        if (box.bottom < 0 || box.top > innerHeight || box.width === 0) return [];
        return [{ name: figure.dataset["figure"], width: box.width, marks: figure.querySelectorAll("svg path, svg circle, svg line, svg polyline").length }];
      }),
    );
    const names = inView.map((f) => f.name);
    expect(names, `figures beside ${anchor}`).toEqual(expect.arrayContaining(["loss-space", "data-space"]));
    for (const figure of inView) {
      expect(figure.width, `${figure.name} beside ${anchor}`).toBeGreaterThan(150);
      expect(figure.marks, `${figure.name} beside ${anchor} draws`).toBeGreaterThan(0);
    }
  }
  // The comparison in chapter 6 hydrates when the page is idle; once in view, its curves are drawn.
  await essay.evaluate(() => document.querySelector('[data-figure="comparison"]')!.scrollIntoView({ block: "center" }));
  await expect.poll(() => essay.evaluate(() => document.querySelectorAll('[data-figure="comparison"] svg path').length)).toBeGreaterThan(0);
  await essay.evaluate(async () => {
    for (const island of document.querySelectorAll("astro-island[ssr]")) {
      island.scrollIntoView({ block: "center" });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await expect.poll(() => essay.evaluate(() => document.querySelectorAll("astro-island[ssr]").length)).toBe(0);
  expect(await essay.evaluate(nonFiniteInPage)).toEqual([]);
});
