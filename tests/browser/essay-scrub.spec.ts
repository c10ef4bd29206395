import { test, expect, quantity, openEssay } from "./fixtures.ts";
import { expectedFor } from "./essay-expected.ts";
import type { Page } from "@playwright/test";

/** The starting-slope number in chapter 4's prose. */
const slopeIn = (page: Page) => page.locator("#starting-somewhere").getByRole("slider", { name: "starting slope m" });

test("the inline numbers are sliders that say what they set, and a click without a drag leaves one alone", async ({ page }) => {
  await openEssay(page);
  const prose = page.locator(".prose");
  for (const name of ["starting slope m", "starting intercept b", "learning rate", "step", "number of points", "batch size"]) {
    const slider = prose.getByRole("slider", { name, exact: true }).first();
    await expect(slider, name).toBeVisible();
    await expect(slider).toHaveAttribute("aria-valuetext", new RegExp(`^${name}: `));
    await expect(slider).toHaveAttribute("aria-valuemin", /.+/);
    await expect(slider).toHaveAttribute("aria-valuemax", /.+/);
  }
  await expect(slopeIn(page)).toHaveAttribute("data-quantity", "m0");
  await expect(slopeIn(page)).toHaveCSS("touch-action", "pan-y");
  await expect(slopeIn(page)).toHaveCSS("cursor", "ew-resize");

  const slope = slopeIn(page);
  await slope.click();
  await expect(slope).toBeFocused();
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.3");
});

test("scrubbing the starting slope by keyboard moves every number and the link", async ({ page }) => {
  await openEssay(page);
  const slope = slopeIn(page);
  await slope.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.2");
  await expect(slope).toHaveText("−0.20");
  await expect(quantity(page, "loss0")).toHaveText(expectedFor("?m=-0.2").texts.loss0!);
  await expect(quantity(page, "m")).toHaveText("−0.20");
  await expect(page).toHaveURL(/\?m=-0\.2(#.*)?$/);
  await page.keyboard.press("Shift+ArrowRight");
  await expect(slope).toHaveAttribute("aria-valuenow", "0.8");
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(slope).toHaveAttribute("aria-valuenow", "0.79");
  await page.keyboard.press("PageDown");
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.21");
  await page.keyboard.press("End");
  await expect(slope).toHaveAttribute("aria-valuenow", "4");
  await page.keyboard.press("Home");
  await expect(slope).toHaveAttribute("aria-valuenow", "-4");
  await expect(page).toHaveURL(/\?m=-4(#.*)?$/);
  // Every copy of the same input follows: the playground's slope shows it too.
  await expect(page.locator("#your-turn").getByRole("slider", { name: "starting slope m" })).toHaveAttribute("aria-valuenow", "-4");
});

test("dragging a number sideways with the mouse scrubs it, and the figures and link follow", async ({ page }) => {
  await openEssay(page);
  const slope = slopeIn(page);
  // The number's centre once it sits mid-screen, has stopped moving and nothing covers it: at the edge of
  // the screen the sticky reading bar can cover it, and the chapters around it are laid out as they come
  // near, which can shift it just after a scroll.
  let last = "";
  const still = () =>
    slope.evaluate((el) => {
      const at = el.getBoundingClientRect();
      if (Math.abs(at.top + at.height / 2 - innerHeight / 2) > 4) el.scrollIntoView({ block: "center" });
      const { x, y, width, height } = el.getBoundingClientRect();
      const hit = document.elementFromPoint(x + width / 2, y + height / 2);
      return hit && (hit === el || el.contains(hit)) ? `${x + width / 2},${y + height / 2}` : "covered";
    });
  await expect.poll(async () => last !== "covered" && last === (last = await still())).toBe(true);
  const [x, y] = last.split(",").map(Number) as [number, number];
  const figure = page.locator("[data-figure]").first();
  const before = await figure.innerHTML();
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 25, y, { steps: 5 });
  await page.mouse.move(x + 50, y + 4, { steps: 5 });
  await page.mouse.up();
  // 0.01 per pixel: fifty pixels to the right take the slope from -0.30 to 0.20.
  await expect(slope).toHaveAttribute("aria-valuenow", "0.2");
  await expect(quantity(page, "m")).toHaveText("0.20");
  await expect(quantity(page, "loss0")).toHaveText(expectedFor("?m=0.2").texts.loss0!);
  await expect(page).toHaveURL(/\?m=0\.2(#.*)?$/);
  expect(await figure.innerHTML()).not.toBe(before);
  await expect(slope).toBeFocused();
});

test("Enter opens a field to type a value; a good one is taken", async ({ page }) => {
  await openEssay(page);
  const slope = slopeIn(page);
  await slope.focus();
  await page.keyboard.press("Enter");
  const field = page.getByRole("textbox", { name: "Type the starting slope m" });
  await expect(field).toBeFocused();
  await field.fill("1.5");
  await page.keyboard.press("Enter");
  await expect(slopeIn(page)).toHaveAttribute("aria-valuenow", "1.5");
  await expect(slopeIn(page)).toBeFocused();
  await expect(page).toHaveURL(/\?m=1\.5(#.*)?$/);
});

test("a typed value that is not a number, or out of range, is refused with a message and the old value stays", async ({ page }) => {
  await openEssay(page);
  await slopeIn(page).dblclick();
  const field = page.getByRole("textbox", { name: "Type the starting slope m" });
  await field.fill("steep");
  await page.keyboard.press("Enter");
  const section = page.locator("#starting-somewhere");
  const live = section.locator('[aria-live="polite"]').filter({ hasText: "not a number" });
  await expect(live).toHaveText("That is not a number; the starting slope m takes a number from −4 to 4.");
  await expect(field).toBeFocused();
  await field.fill("9");
  await page.keyboard.press("Enter");
  await expect(section.locator('[aria-live="polite"]').filter({ hasText: "Out of range" })).toHaveText(
    "Out of range; the starting slope m goes from −4 to 4.",
  );
  await page.keyboard.press("Escape");
  await expect(slopeIn(page)).toHaveAttribute("aria-valuenow", "-0.3");
  await expect(quantity(page, "loss")).toHaveText("20.5");
  await expect(page).toHaveURL(/\/(#[a-z-]+)?$/);
});

test("the step can be scrubbed in the prose and the player follows", async ({ page }) => {
  await openEssay(page, "?step=2");
  const step = page.locator("#one-step").getByRole("slider", { name: "step" });
  await step.focus();
  await page.keyboard.press("ArrowRight");
  await expect(step).toHaveAttribute("aria-valuenow", "3");
  await expect(quantity(page, "step")).toHaveText("3");
  await expect(page.locator('input[type="range"][data-quantity="step"]').first()).toHaveValue("3");
  await expect(quantity(page, "loss")).toHaveText(expectedFor("?step=3").texts.loss!);
});

test("the batch size cannot be scrubbed past the number of points", async ({ page }) => {
  await openEssay(page, "?n=12&method=minibatch");
  const batch = page.locator("#your-turn").getByRole("slider", { name: "batch size" });
  await batch.focus();
  await page.keyboard.press("End");
  await expect(batch).toHaveAttribute("aria-valuenow", "12");
  await expect(batch).toHaveAttribute("aria-valuemax", "12");
});

test("on a touch screen a sideways swipe scrubs the number, and a vertical one scrolls the page instead", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await openEssay(page);
  const slope = slopeIn(page);
  // Where a finger can reach the number: clear of the figures pinned at the top of a phone's screen and
  // the player at its foot, and only once nothing covers it (the figures pin themselves as the page scrolls).
  const reach = () =>
    slope.evaluate((el) => {
      const at = el.getBoundingClientRect();
      if (Math.abs(at.top - innerHeight * 0.72) > 4) window.scrollBy(0, at.top - innerHeight * 0.72);
      const { x, y, width, height } = el.getBoundingClientRect();
      const hit = document.elementFromPoint(x + width / 2, y + height / 2);
      return hit && (hit === el || el.contains(hit)) ? { x: x + width / 2, y: y + height / 2 } : null;
    });
  await expect.poll(reach).not.toBeNull();
  const { x, y } = (await reach())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
  await touch("touchStart", [{ x, y }]);
  for (let dx = 5; dx <= 40; dx += 5) await touch("touchMove", [{ x: x + dx, y }]);
  await touch("touchEnd", []);
  // 0.01 per pixel: forty pixels to the right take the slope from -0.30 to 0.10.
  await expect(slope).toHaveAttribute("aria-valuenow", "0.1");
  const scrolled = await page.evaluate(() => scrollY);
  await touch("touchStart", [{ x, y }]);
  for (let dy = 10; dy <= 120; dy += 10) await touch("touchMove", [{ x, y: y - dy }]);
  await touch("touchEnd", []);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
  await expect(slope).toHaveAttribute("aria-valuenow", "0.1");
  await context.close();
});

test("a held key redraws both figures as it goes, from the first press after the page loads", async ({ page }) => {
  await openEssay(page);
  const slope = slopeIn(page);
  await slope.focus();
  // What each press changed in the figures beside the prose, by the element's class and attribute, until the next press.
  await page.evaluate(() => {
    const presses: Set<string>[] = [];
    (window as unknown as { __presses: Set<string>[] }).__presses = presses;
    addEventListener("keydown", () => presses.push(new Set()), true);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as Element;
        const figure = target.closest("[data-figure]")?.getAttribute("data-figure");
        // The loss space's landscape (rings, labels, axes) is drawn in its own backdrop layer.
        const what = target.closest(".backdrop") ? "backdrop" : target.getAttribute("class")?.split(" ")[0];
        presses.at(-1)?.add(`${figure} ${what} ${r.attributeName}`);
      }
    });
    for (const name of ["loss-space", "data-space"]) observer.observe(document.querySelector(`[data-figure="${name}"]`)!, { subtree: true, attributes: true, childList: true });
  });
  // A held key's pace: a press every 50 ms (its repeat rate is 30 to 50 ms).
  const PRESSES = 12;
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(50);
  }
  await expect(slope).toHaveAttribute("aria-valuenow", "0.9");
  const changed = await page.evaluate(() => (window as unknown as { __presses: Set<string>[] }).__presses.map((s) => [...s]));
  // A scrub of the start moves the descent's path and its two markers, the line and its residuals.
  const redraw = ["loss-space path d", "loss-space start cx", "loss-space current cx", "data-space line y1", "data-space bars d"];
  const followed = changed.map((c) => redraw.every((what) => c.includes(what)));
  // While the key is still held (before its last press) both figures are drawn again, and more than once: the
  // redraws are not left for when the keys stop. Which press each lands after depends on the machine's speed (a
  // busy one draws a press's redraw after the next press has come, and its guard redraws at least every half
  // second), so the redraws are counted across the presses, not asserted press by press.
  const held = changed.slice(0, -1);
  const whileHeld = new Set(held.flat());
  expect(redraw.filter((what) => !whileHeld.has(what)), `not redrawn while the key was held; presses followed: ${followed.join(", ")}`).toEqual([]);
  expect(held.filter((c) => c.includes("loss-space path d")).length, `presses after which the path was redrawn, of ${PRESSES - 1}: ${followed.join(", ")}`).toBeGreaterThanOrEqual(2);
  // The landscape does not change: nothing in its layer is drawn again.
  expect(changed.flat().filter((what) => what.startsWith("loss-space backdrop"))).toEqual([]);
});
