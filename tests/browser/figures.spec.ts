import { test, expect, quantity, valueOf, openEssay } from "./fixtures.ts";
import { openPhone, reach, scrollOf, touchDrag } from "./touch.ts";
import { wideData } from "./data-helpers.ts";
import type { Locator, Page } from "@playwright/test";

const lossSpace = (page: Page) => page.locator('[data-figure="loss-space"]');
const dataSpace = (page: Page) => page.locator('[data-figure="data-space"]');

/** The default loss-space window, m across and b up: the contour's plot spans exactly this. */
const WINDOW = { m0: -1.5, m1: 3, b0: -2.5, b1: 5 };

/** The page position of (m, b) on the contour view, from its plot rectangle on screen. */
async function contourPoint(page: Page, m: number, b: number): Promise<{ x: number; y: number }> {
  const box = (await lossSpace(page).locator("rect.ground").boundingBox())!;
  return {
    x: box.x + ((m - WINDOW.m0) / (WINDOW.m1 - WINDOW.m0)) * box.width,
    y: box.y + ((WINDOW.b1 - b) / (WINDOW.b1 - WINDOW.b0)) * box.height,
  };
}

/** Drags with the mouse from one page point to another in a few moves, as a reader would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** How many residuals the data space draws (one "M" per residual in its path). */
async function residualCount(page: Page): Promise<number> {
  const d = (await dataSpace(page).locator(".residuals path.bars").getAttribute("d")) ?? "";
  return (d.match(/M/g) ?? []).length;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("the loss space shows rings, the start, the current point, the minimum and the downhill arrow, and the loss curve marks the current step", async ({ page }) => {
  await openEssay(page, "?step=4");
  const curve = page.locator('[data-figure="loss-curve"]').getByRole("img");
  await expect(curve).toHaveAccessibleName(/loss 20\.5 at the start, \d+\.\d+ at step 4/);
  const figure = lossSpace(page);
  expect(await figure.locator(".bands path").count()).toBeGreaterThanOrEqual(10);
  await expect(figure.locator("circle.start")).toHaveCount(1);
  await expect(figure.locator("circle.current")).toHaveCount(1);
  await expect(figure.locator(".minimum")).toHaveCount(1);
  // The path so far: the start and four steps.
  expect((await figure.locator("path.path").getAttribute("d"))?.match(/[ML]/g)).toHaveLength(5);
  const arrow = figure.getByRole("img", { name: /Downhill arrow/ });
  await expect(arrow).toHaveAccessibleName(/the gradient is \(−?\d+\.\d\d, −?\d+\.\d\d\)/);
  await arrow.focus();
  await expect(figure.locator(".arrow .label")).toBeVisible();
  await expect(figure.locator(".arrow .label")).toContainText("∂L/∂m");
});

test("pressing on the contour drops the start there, rewinds to step 0 and the live numbers follow", async ({ page }) => {
  await openEssay(page, "?step=5");
  await expect(quantity(page, "step")).toHaveText("5");
  const at = await contourPoint(page, 2, 0.5);
  await page.mouse.click(at.x, at.y);
  await expect(quantity(page, "step")).toHaveText("0");
  expect(Math.abs((await valueOf(page, "m")) - 2)).toBeLessThan(0.03);
  expect(Math.abs((await valueOf(page, "b")) - 0.5)).toBeLessThan(0.04);
  await expect(page).toHaveURL(/[?&]m=\d/);
});

test("dragging on the contour moves the start with the pointer and the loss follows", async ({ page }) => {
  await openEssay(page);
  await drag(page, await contourPoint(page, -1, 4), await contourPoint(page, 1.4, 1));
  expect(Math.abs((await valueOf(page, "m")) - 1.4)).toBeLessThan(0.03);
  expect(Math.abs((await valueOf(page, "b")) - 1)).toBeLessThan(0.04);
  expect(await valueOf(page, "loss")).toBeLessThan(4);
  await expect(lossSpace(page).getByRole("slider", { name: /start of the descent/ })).toHaveAttribute("aria-valuetext", /slope m 1\.\d\d, intercept b/);
});

test("hovering the contour draws that line as a ghost in the data space, and leaving removes it", async ({ page }) => {
  await openEssay(page);
  await expect(dataSpace(page).locator("line.ghost")).toHaveCount(0);
  const at = await contourPoint(page, 1, 1);
  await page.mouse.move(at.x, at.y);
  await expect(dataSpace(page).locator("line.ghost")).toHaveCount(1);
  await expect(lossSpace(page).locator(".probe text")).toContainText(/loss \d/);
  await expect(quantity(page, "m")).toHaveText("−0.30"); // a preview changes nothing
  await page.mouse.move(5, 5);
  await expect(dataSpace(page).locator("line.ghost")).toHaveCount(0);
});

test("dragging the line's body moves the intercept only; its handle turns the slope only", async ({ page }) => {
  await openEssay(page);
  const body = dataSpace(page).getByRole("slider", { name: /intercept of the line/ });
  const from = await centre(body);
  await drag(page, from, { x: from.x, y: from.y - 40 });
  expect(await valueOf(page, "b")).toBeGreaterThan(3);
  await expect(quantity(page, "m")).toHaveText("−0.30");
  const b = await quantity(page, "b").textContent();

  const handle = dataSpace(page).getByRole("slider", { name: /slope of the line/ });
  const grip = await centre(handle);
  await drag(page, grip, { x: grip.x, y: grip.y - 60 });
  expect(await valueOf(page, "m")).toBeGreaterThan(0);
  await expect(quantity(page, "b")).toHaveText(b ?? "");
  await expect(quantity(page, "step")).toHaveText("0");
});

test("dragging the line at a later step starts again from the line shown", async ({ page }) => {
  await openEssay(page, "?step=3");
  const m = await quantity(page, "m").textContent();
  const body = dataSpace(page).getByRole("slider", { name: /intercept of the line/ });
  const from = await centre(body);
  await drag(page, from, { x: from.x, y: from.y + 30 });
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(quantity(page, "m")).toHaveText(m ?? "");
});

test("every drag has a keyboard equivalent", async ({ page }) => {
  await openEssay(page, "?step=2");
  const start = lossSpace(page).getByRole("slider", { name: /start of the descent/ });
  await start.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(quantity(page, "m")).toHaveText("−0.10");
  await expect(quantity(page, "b")).toHaveText("2.60");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(quantity(page, "b")).toHaveText("1.60");

  await dataSpace(page).getByRole("slider", { name: /intercept of the line/ }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(quantity(page, "b")).toHaveText("1.70");
  await dataSpace(page).getByRole("slider", { name: /slope of the line/ }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(quantity(page, "m")).toHaveText("−0.05");
  await expect(quantity(page, "b")).toHaveText("1.70");
});

test("a held arrow key moves the start handle on every press, and the figures catch up to the last one", async ({ page }) => {
  await openEssay(page);
  const start = lossSpace(page).getByRole("slider", { name: /start of the descent/ });
  await start.focus();
  // Where the handle is and what it says once each press's own handler is done (a listener after the
  // handle's, in the same task): the handle itself answers every press, whenever the figures follow.
  await page.evaluate(() => {
    const seen: { x: number; now: number }[] = [];
    (window as unknown as { __handle: typeof seen }).__handle = seen;
    addEventListener("keydown", (event) => {
      const handle = event.target as Element;
      queueMicrotask(() => {
        const x = Number(/translate\(([-\d.]+)/.exec(handle.getAttribute("transform") ?? "")?.[1]);
        seen.push({ x, now: Number(handle.getAttribute("aria-valuenow")) });
      });
    });
  });
  const PRESSES = 12;
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(50);
  }
  const seen = await page.evaluate(() => (window as unknown as { __handle: { x: number; now: number }[] }).__handle);
  expect(seen.map((s) => s.now.toFixed(1))).toEqual(Array.from({ length: PRESSES }, (_, k) => (-0.2 + 0.1 * k).toFixed(1)));
  for (let k = 1; k < PRESSES; k++) expect(seen[k]!.x).toBeGreaterThan(seen[k - 1]!.x);
  // The figures and the numbers come to the last press: nothing is lost, the last press wins.
  await expect(quantity(page, "m")).toHaveText("0.90");
  await expect(quantity(page, "b")).toHaveText("2.50");
  await expect(dataSpace(page).getByRole("slider", { name: /slope of the line/ })).toHaveAttribute("aria-valuenow", "0.9");
  const marker = Number(await lossSpace(page).locator("circle.start").getAttribute("cx"));
  expect(Math.abs(marker - seen.at(-1)!.x)).toBeLessThan(0.5);
  await expect(page).toHaveURL(/[?&]m=0\.9(&|$)/);
});

/**
 * Holds the page's idle callbacks until the function it returns is called. A key on a figure's control is handed on
 * to the essay when the page is next idle after the key's frame: within a frame, or only some 100 ms later. Held, the
 * key is still waiting when the next input comes, as it is when a reader presses or clicks soon after a key.
 */
async function holdIdle(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as { __held: IdleRequestCallback[]; __idle: typeof requestIdleCallback };
    w.__held = [];
    w.__idle = requestIdleCallback;
    window.requestIdleCallback = (callback) => w.__held.push(callback);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __held: IdleRequestCallback[]; __idle: typeof requestIdleCallback };
      window.requestIdleCallback = w.__idle;
      for (const callback of w.__held.splice(0)) callback({ didTimeout: true, timeRemaining: () => 0 });
    });
}

/** Focuses a figure's control once its pacer has come (it loads as the focus first reaches one: a key before then is handed on at once). */
async function focusPaced(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => /\/hand-on\.[^/]*\.js$/.test(entry.name)));
  // The module runs, and the control takes its pacer, a few tasks after the file has come.
  await page.waitForTimeout(100);
}

/** Presses key on a figure's control, then clicks the contour at (m, b) before the key is handed on, as a reader pressing soon after a key does. */
async function keyThenClickContour(page: Page, control: Locator, key: string, m: number, b: number): Promise<void> {
  await focusPaced(page, control);
  const release = await holdIdle(page);
  await page.keyboard.press(key);
  const at = await contourPoint(page, m, b);
  await page.mouse.click(at.x, at.y);
  await release();
}

/** The start the link carries, [m, b], once the link has followed the state. */
const linkStart = (page: Page) => {
  const query = new URL(page.url()).searchParams;
  return [Number(query.get("m")), Number(query.get("b"))];
};

/** Expects the numbers, the start handle and the link to come to the start (m, b), as a press on the contour there sets it, and stay there. */
async function expectStart(page: Page, m: number, b: number): Promise<void> {
  const handle = lossSpace(page).getByRole("slider", { name: /start of the descent/ });
  // m, b, and the handle's value (its m).
  const near = (got: readonly number[]) => got.map((v, k) => Math.abs(v - [m, b, m][k]!) < 0.04);
  const shown = async () => near([await valueOf(page, "m"), await valueOf(page, "b"), Number(await handle.getAttribute("aria-valuenow"))]);
  await expect.poll(shown).toEqual([true, true, true]);
  await expect.poll(() => near(linkStart(page))).toEqual([true, true]);
  // Past the pacer's latest hand-over (STALE_MS), nothing has come back.
  await page.waitForTimeout(600);
  expect(await shown()).toEqual([true, true, true]);
  expect(near(linkStart(page))).toEqual([true, true]);
}

test("the reader's last action wins: a press or a drag soon after a figure's key is not undone by the key", async ({ page }) => {
  await openEssay(page);
  const start = lossSpace(page).getByRole("slider", { name: /start of the descent/ });
  const body = dataSpace(page).getByRole("slider", { name: /intercept of the line/ });
  // A key on the start handle, then a press on the contour before the key is handed on: the press's start stays.
  await keyThenClickContour(page, start, "ArrowUp", 1, 1);
  await expectStart(page, 1, 1);
  await expect(quantity(page, "step")).toHaveText("0");

  // The same after a key on the data line.
  await keyThenClickContour(page, body, "ArrowUp", 0.5, 3);
  await expectStart(page, 0.5, 3);

  // A key on the start handle, then a drag of the line: the drag starts from the line the key asked for (the slope it
  // turned to) and the line stays where the drag left it.
  await focusPaced(page, start);
  const release = await holdIdle(page);
  await page.keyboard.press("ArrowRight");
  const from = await centre(body);
  await drag(page, from, { x: from.x, y: from.y - 30 });
  await release();
  await page.waitForTimeout(600);
  await expect(quantity(page, "m")).toHaveText("0.60");
  expect(await valueOf(page, "b")).toBeGreaterThan(3.2);
  await expect.poll(() => linkStart(page)[1]).toBeGreaterThan(3.2);
});

test("a press on the contour soon after a key on the step track starts at step 0; a player's button builds on the key's step", async ({ page }) => {
  await openEssay(page);
  const player = page.getByRole("group", { name: "Step through the descent" }).first();
  const track = player.getByRole("slider", { name: "step" });
  await keyThenClickContour(page, track, "ArrowRight", 1, 1);
  await page.waitForTimeout(600);
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(track).toHaveValue("0");
  await expect(track).toHaveAttribute("aria-valuetext", "step 0");
  await expectStart(page, 1, 1);
  expect(new URL(page.url()).searchParams.has("step")).toBe(false);

  // Two keys on the track, then Next: the step after the one the keys show.
  await focusPaced(page, track);
  const release = await holdIdle(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await player.getByRole("button", { name: "Next step" }).click();
  await release();
  await page.waitForTimeout(600);
  await expect(quantity(page, "step")).toHaveText("3");
  await expect(track).toHaveValue("3");
});

test("points can be read by keyboard and by pointer: residual and share of the gradient", async ({ page }) => {
  await openEssay(page);
  const points = dataSpace(page).getByRole("slider", { name: /data points/ });
  await points.focus();
  await expect(points).toHaveAttribute("aria-valuetext", /^point 1 of 40: x −\d\.\d\d, y −?\d+\.\d\d, residual −?\d+\.\d\d$/);
  await page.keyboard.press("End");
  await expect(points).toHaveAttribute("aria-valuetext", /^point 40 of 40/);
  await expect(dataSpace(page).locator(".readout")).toContainText(/to ∂L\/∂m \(of −19\.37\)/);
  await page.keyboard.press("Escape");
  await expect(dataSpace(page).locator(".readout")).toContainText("Point at a data point");

  const circle = dataSpace(page).locator(".points circle").nth(7);
  const at = await centre(circle);
  await page.mouse.move(at.x, at.y);
  await expect(dataSpace(page).locator(".readout")).toContainText(/^Point \(−?\d+\.\d\d, −?\d+\.\d\d\) is \d+\.\d\d (above|below) the line/);
});

test("the squared residuals toggle draws one square per residual, square on screen", async ({ page }) => {
  await openEssay(page);
  const toggle = dataSpace(page).getByRole("button", { name: "squared residuals" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(dataSpace(page).locator("path.squares")).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const d = (await dataSpace(page).locator("path.squares").getAttribute("d")) ?? "";
  // Each square is drawn "M x,y h s v s h -s Z": as wide as it is tall in the figure's one uniform scale.
  const squares = [...d.matchAll(/M[-\d.]+,[-\d.]+h([\d.]+)v([\d.]+)h-([\d.]+)Z/g)];
  expect(squares).toHaveLength(40);
  for (const [, across, down, back] of squares) {
    expect(down).toBe(across);
    expect(back).toBe(across);
  }
});

test("the bowl turns by drag and by keyboard, and shows the same path", async ({ page }) => {
  await openEssay(page, "?step=3");
  await lossSpace(page).getByRole("button", { name: "bowl (3D)" }).click();
  const bowl = lossSpace(page).getByRole("slider", { name: /turn the bowl/ });
  await expect(bowl).toBeVisible();
  const mesh = lossSpace(page).locator("path.mesh");
  const before = await mesh.getAttribute("d");
  await bowl.focus();
  await page.keyboard.press("ArrowRight");
  await expect(bowl).not.toHaveAttribute("aria-valuenow", "-30");
  expect(await mesh.getAttribute("d")).not.toBe(before);
  const turned = await mesh.getAttribute("d");
  const from = await centre(lossSpace(page).locator("rect.ground"));
  await drag(page, from, { x: from.x + 60, y: from.y + 20 });
  expect(await mesh.getAttribute("d")).not.toBe(turned);
  expect((await lossSpace(page).locator("path.path").getAttribute("d"))?.match(/[ML]/g)).toHaveLength(4);
  await lossSpace(page).getByRole("button", { name: "contour (top-down)" }).click();
  await expect(lossSpace(page).locator(".bands path").first()).toBeVisible();
});

test("turned and tilted any way, the bowl's labels stay inside the figure and clear of each other and of the readout", async ({ page }) => {
  await openEssay(page, "?view=bowl");
  await expect(lossSpace(page).locator("path.mesh")).toHaveAttribute("d", /M/);
  // The bowl is turned by its own key handler in one script (this is about where labels land, not about keys,
  // which the bowl's keyboard test covers): once round in steps of 30° at the first tilt, then round again
  // looking down steeply and from low. At each view, every pair of the frame's texts and the aim's readout,
  // and every text against the figure's edges.
  const seen = await lossSpace(page).locator("svg.backdrop.bowl-layer").evaluate(async (svg) => {
    const bowl = svg.parentElement!.querySelector<SVGElement>('[role="slider"].bowl')!;
    const found: string[] = [];
    const views = new Set<string | null>();
    const check = () => {
      const texts = [...svg.querySelectorAll(".frame text"), ...svg.parentElement!.querySelectorAll("text.aim")];
      const frame = svg.getBoundingClientRect();
      const boxes = texts.map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
      const view = bowl.getAttribute("aria-valuetext");
      views.add(view);
      for (const [i, a] of boxes.entries()) {
        if (a.r.left < frame.left - 0.5 || a.r.right > frame.right + 0.5 || a.r.top < frame.top - 0.5 || a.r.bottom > frame.bottom + 0.5) found.push(`${view}: "${a.text}" leaves the figure`);
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          // Glyph boxes include the line's leading above and below the letters; a sliver of that is not an overlap.
          if (x > 0.5 && y > 3) found.push(`${view}: "${a.text}" covers "${b.text}"`);
        }
      }
    };
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (const [key, turns] of [["ArrowRight", 12], ["PageUp", 1], ["ArrowLeft", 12], ["PageDown", 2], ["ArrowRight", 12]] as const) {
      for (let k = 0; k < turns; k++) {
        // ArrowLeft and ArrowRight turn by 10° a press: three to a view.
        for (let press = 0; press < (turns > 1 ? 3 : 1); press++) bowl.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
        await frame();
        check();
      }
    }
    return { found, views: views.size };
  });
  expect(seen.views, "views looked at").toBeGreaterThanOrEqual(30);
  expect(seen.found).toEqual([]);
});

test("the rings' losses never print over the bottom's marks: the minimum's cross and words, the valleys' crosses and numbers", async ({ page }) => {
  // The line's bowl at the article's start, and the wave's landscape at its largest n, where the lowest
  // ring's label fell on the global minimum's cross.
  for (const link of ["", "?model=valleys&n=400#many-valleys"]) {
    await openEssay(page, link);
    const labels = lossSpace(page).locator(".ring-labels text");
    // The wave's landscape comes from a worker, coarse first: its labels are read once they have settled.
    let before = "";
    await expect
      .poll(async () => {
        const now = (await labels.allTextContents()).join(" ");
        const settled = now !== "" && now === before;
        before = now;
        return settled;
      }, { intervals: [500], timeout: 20_000 })
      .toBe(true);
    const covered = await lossSpace(page).evaluate((figure) => {
      const marks = [...figure.querySelectorAll(".markers .minimum, .markers .valley")].map((m) => ({ what: m.textContent?.trim() || "cross", r: m.getBoundingClientRect() }));
      const found: string[] = [];
      for (const label of figure.querySelectorAll(".ring-labels text")) {
        const r = label.getBoundingClientRect();
        for (const m of marks) {
          const x = Math.min(r.right, m.r.right) - Math.max(r.left, m.r.left);
          const y = Math.min(r.bottom, m.r.bottom) - Math.max(r.top, m.r.top);
          // Glyph boxes carry the line's leading above and below the letters; a sliver of that is not an overlap.
          if (x > 0.5 && y > 3) found.push(`"${label.textContent}" over "${m.what}"`);
        }
      }
      return found;
    });
    expect(covered, link || "the article's start").toEqual([]);
  }
});

test("a learning rate that diverges shows a message in both figures, never NaN or a broken path", async ({ page }) => {
  await openEssay(page, "?lr=0.9&step=40");
  for (const figure of [lossSpace(page), dataSpace(page)]) {
    await expect(figure.locator(".alarm")).toBeVisible();
    await expect(figure.locator(".alarm")).toContainText(/learning rate 0\.9/);
    await expect(figure.locator("figcaption")).toContainText(/learning rate 0\.9/);
  }
  const markup = await page.locator(".two-spaces").innerHTML();
  expect(markup).not.toMatch(/NaN|Infinity/);
  // The figures describe where the descent stopped, not the step the reader asked for.
  await expect(lossSpace(page).locator("figcaption")).toContainText(/^After 3 steps, the line y = /);
});

test("the loss space widens to keep the whole path in view, even when the steps overshoot", async ({ page }) => {
  await openEssay(page, "?lr=0.16&step=12");
  const ground = lossSpace(page).locator("rect.ground");
  const [x, y, w, h] = await Promise.all(["x", "y", "width", "height"].map(async (a) => Number(await ground.getAttribute(a))));
  const d = (await lossSpace(page).locator("path.path").getAttribute("d")) ?? "";
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, px, py]) => [Number(px), Number(py)] as const);
  expect(points).toHaveLength(13);
  for (const [px, py] of points) {
    expect(px).toBeGreaterThanOrEqual(x!);
    expect(px).toBeLessThanOrEqual(x! + w!);
    expect(py).toBeGreaterThanOrEqual(y!);
    expect(py).toBeLessThanOrEqual(y! + h!);
  }
});

/** Every tick label of the two spaces and the loss curve that is cut by its figure's edge or runs into the next one along its axis. */
async function tickLabelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['[data-figure="loss-space"] .figure-stage', '[data-figure="data-space"] .figure-stage', '[data-figure="loss-curve"]'].flatMap((selector) => {
      const frame = document.querySelector(selector)!.getBoundingClientRect();
      return [...document.querySelectorAll(`${selector} .axis`)].flatMap((axis) => {
        const labels = [...axis.querySelectorAll("text:not(.label)")].map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }));
        const cut = labels
          .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
          .map(({ text, box }) => `${selector}: "${text}" at ${Math.round(box.left)} to ${Math.round(box.right)}, the figure ${Math.round(frame.left)} to ${Math.round(frame.right)}`);
        const touching = labels
          .filter((l, i) => i > 0 && l.box.left < labels[i - 1]!.box.right && l.box.right > labels[i - 1]!.box.left && l.box.top < labels[i - 1]!.box.bottom && l.box.bottom > labels[i - 1]!.box.top)
          .map((l, i) => `${selector}: "${l.text}" runs into the label before it (${i})`);
        return [...cut, ...touching];
      });
    }),
  );
}

test("every axis's tick labels print whole inside their figure, the wide ones of a diverging descent's window too", async ({ page }) => {
  // Diverging: the loss space's window runs to a slope of 2,000, whose label sits at the plot's right end.
  await openEssay(page, "?lr=0.2&step=16");
  expect(await lossSpace(page).locator(".axis.bottom text").allTextContents()).toContain("2,000");
  expect(await tickLabelProblems(page)).toEqual([]);
});

test("with data spread to ±1,000,000 the data space counts its axes in a power of ten, every tick label whole and apart", async ({ page }) => {
  await openEssay(page, `?data=${wideData()}`);
  const dataSpace = page.locator('[data-figure="data-space"]');
  await expect(dataSpace.locator(".axis.bottom .label")).toHaveText("x (× 10⁵)");
  await expect(dataSpace.locator(".axis.left .label")).toHaveText("y (× 10⁵)");
  expect(await dataSpace.locator(".axis.bottom text:not(.label)").allTextContents()).toEqual(["−15", "−10", "−5", "0", "5", "10", "15"]);
  expect(await tickLabelProblems(page)).toEqual([]);
});

test("many points are drawn as a density, with a sample of residuals", async ({ page }) => {
  await openEssay(page, "?n=50000");
  await expect(dataSpace(page).locator("canvas")).toHaveCount(1);
  await expect(dataSpace(page).locator(".points circle")).toHaveCount(0);
  expect(await residualCount(page)).toBe(200);
  await expect(dataSpace(page).locator(".readout")).toContainText("Residuals are drawn for 200 evenly spread points of 50,000.");
  const inked = await dataSpace(page).locator("canvas").evaluate((c: HTMLCanvasElement) => {
    const pixels = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(1000);
});

test("side by side on a wide screen (loss left, data right), stacked at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openEssay(page);
  let loss = (await lossSpace(page).boundingBox())!;
  let data = (await dataSpace(page).boundingBox())!;
  expect(loss.x + loss.width).toBeLessThanOrEqual(data.x + 1);
  expect(Math.abs(loss.y - data.y)).toBeLessThan(2);

  await page.setViewportSize({ width: 360, height: 740 });
  loss = (await lossSpace(page).boundingBox())!;
  data = (await dataSpace(page).boundingBox())!;
  expect(data.y).toBeGreaterThanOrEqual(loss.y + loss.height);
  for (const box of [loss, data]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});

test("touch drags are claimed only on the drag surfaces: a finger on a figure's margin still scrolls the page", async ({ browser }) => {
  test.slow();
  // The surfaces themselves hold a finger's drag: see touch-drags.spec.ts, with real touch input. Computed
  // touch-action proves nothing here, since Chromium ignores it on the shapes inside an SVG.
  const { context, page } = await openPhone(browser, "?step=0");
  for (const figure of [lossSpace(page), dataSpace(page)]) {
    const margin = figure.locator("svg.overlay");
    await expect.poll(() => reach(margin, 0.01, 0.99)).not.toBeNull();
    const from = (await reach(margin, 0.01, 0.99))!;
    const scrolled = await scrollOf(page);
    await touchDrag(page, from, { x: from.x, y: from.y - 100 });
    await expect.poll(() => scrollOf(page)).toBeGreaterThan(scrolled);
  }
  await context.close();
});

test("hydration keeps the server's markup: the figures do not move or grow, and both have a role, a name and a description that reads the start state", async ({ page }) => {
  await page.goto("./");
  const before = [(await lossSpace(page).boundingBox())!, (await dataSpace(page).boundingBox())!];
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
  const after = [(await lossSpace(page).boundingBox())!, (await dataSpace(page).boundingBox())!];
  expect(after).toEqual(before);

  await expect(page.getByRole("figure", { name: "Loss space" })).toHaveAttribute("data-figure", "loss-space");
  await expect(page.getByRole("figure", { name: "Data space" })).toHaveAttribute("data-figure", "data-space");
  await expect(lossSpace(page).locator("figcaption")).toContainText("the line y = −0.30x + 2.50 has loss 20.5");
  await expect(lossSpace(page).locator("figcaption")).toContainText("The next step raises the slope by 0.97 and lowers the intercept by 0.05.");
  await expect(dataSpace(page).locator("figcaption")).toContainText("The line y = −0.30x + 2.50 through 40 points");
});

test.describe("under prefers-reduced-motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("a step lands at once, with no glide", async ({ page }) => {
    await openEssay(page, "?step=1");
    const landed = await lossSpace(page).locator("circle.current").getAttribute("cx");
    await openEssay(page);
    await page.getByRole("slider", { name: "step", exact: true }).first().focus();
    // Every place the point is drawn at from the press on: without a glide it goes straight to step 1's.
    await page.evaluate(() => {
      const places: (string | null)[] = [];
      (window as unknown as { __places: typeof places }).__places = places;
      const figure = document.querySelector('[data-figure="loss-space"]')!;
      new MutationObserver(() => {
        const cx = figure.querySelector("circle.current")?.getAttribute("cx") ?? null;
        if (cx !== places.at(-1)) places.push(cx);
      }).observe(figure, { subtree: true, attributes: true, childList: true });
    });
    await page.keyboard.press("ArrowRight");
    await expect(quantity(page, "step")).toHaveText("1");
    await expect(lossSpace(page).locator("circle.current")).toHaveAttribute("cx", landed ?? "");
    // The track hands its step to the figures just after the key's own frame; give a glide time to show.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __places: (string | null)[] }).__places)).toEqual([landed]);
  });
});
