import { expect, test, valueOf } from "./fixtures.ts";
import { editPoints, dataSpace, lossSpace } from "./data-helpers.ts";
import { openPhone, reach, reachAlong, scrollOf, touchDrag } from "./touch.ts";

// Every drag in the figures, done with a finger on a phone through the browser's own touch input. Chromium
// ignores `touch-action: none` on shapes inside an SVG, so each of these was taken for a scroll after the
// first move and cancelled; a synthetic pointer event would never have shown it.

/** The default loss-space window, m across and b up: the contour's plot spans exactly this. */
const WINDOW = { m0: -1.5, m1: 3, b0: -2.5, b1: 5 };
/** A link with settings, so no chapter sets its scene while the test scrolls: the line shown is the start. */
const STILL = "?step=0";

test("a finger dragged across the loss space carries the start all the way, and the page stays put", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, STILL);
  const ground = lossSpace(page).locator("rect.hit");
  await expect.poll(() => reach(ground, 0.3, 0.6)).not.toBeNull();
  const from = (await reach(ground, 0.3, 0.6))!;
  const to = (await reach(ground, 0.8, 0.3))!;
  const scrolled = await scrollOf(page);
  await touchDrag(page, from, to);
  // The start lands where the finger was lifted: (m, b) at 80% across and 30% down the window.
  await expect.poll(() => valueOf(page, "m")).toBeCloseTo(WINDOW.m0 + 0.8 * (WINDOW.m1 - WINDOW.m0), 0);
  expect(await valueOf(page, "b")).toBeCloseTo(WINDOW.b1 - 0.3 * (WINDOW.b1 - WINDOW.b0), 0);
  expect(await scrollOf(page)).toBe(scrolled);
  await expect.poll(() => new URL(page.url()).searchParams.get("m")).toBe(String(await valueOf(page, "m")));
  await context.close();
});

test("a finger on the start handle drags the start", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, STILL);
  const handle = lossSpace(page).getByRole("slider", { name: /start of the descent/ });
  await expect.poll(() => reach(handle)).not.toBeNull();
  const from = (await reach(handle))!;
  const before = await valueOf(page, "m");
  await touchDrag(page, from, { x: from.x + 60, y: from.y });
  await expect.poll(() => valueOf(page, "m")).toBeGreaterThan(before + 0.5);
  await expect(page).toHaveURL(/[?&]m=/);
  await context.close();
});

test("a finger drags the data line up and turns it by its handle", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, STILL);
  const body = dataSpace(page).getByRole("slider", { name: /intercept of the line/ });
  await expect.poll(() => reachAlong(body, 0.3)).not.toBeNull();
  const from = (await reachAlong(body, 0.3))!;
  const b = await valueOf(page, "b");
  await touchDrag(page, from, { x: from.x, y: from.y - 50 });
  await expect.poll(() => valueOf(page, "b")).toBeGreaterThan(b + 1);
  await expect(page).toHaveURL(/[?&]b=/);

  const handle = dataSpace(page).getByRole("slider", { name: /slope of the line/ });
  await expect.poll(() => reach(handle)).not.toBeNull();
  const grip = (await reach(handle))!;
  const m = await valueOf(page, "m");
  await touchDrag(page, grip, { x: grip.x, y: grip.y - 50 });
  await expect.poll(() => valueOf(page, "m")).toBeGreaterThan(m + 0.5);
  await context.close();
});

test("a finger drags a point of the data to a new place, and the link carries it", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, STILL);
  await editPoints(page);
  const point = dataSpace(page).locator("circle.handle").first();
  await expect.poll(() => reach(point)).not.toBeNull();
  const from = (await reach(point))!;
  const to = { x: from.x + 40, y: from.y - 40 };
  const scrolled = await scrollOf(page);
  await touchDrag(page, from, to);
  await expect(dataSpace(page).locator("[data-edit-status]")).toContainText(/^Moved point 1 to/);
  await expect(page).toHaveURL(/[?&]data=/);
  // The point sits under the lifted finger (give or take the 0.01 grid it snaps to), not one move along.
  const at = (await point.boundingBox())!;
  expect(Math.hypot(at.x + at.width / 2 - to.x, at.y + at.height / 2 - to.y)).toBeLessThan(4);
  expect(await scrollOf(page)).toBe(scrolled);
  await context.close();
});

test("a finger turns the bowl", async ({ browser }) => {
  test.slow();
  const { context, page } = await openPhone(browser, STILL);
  await lossSpace(page).getByRole("button", { name: "bowl (3D)" }).click();
  const bowl = lossSpace(page).getByRole("slider", { name: /turn the bowl/ });
  const hit = bowl.locator("rect.hit");
  await expect.poll(() => reach(hit, 0.2, 0.2)).not.toBeNull();
  const from = (await reach(hit, 0.2, 0.2))!;
  const before = Number(await bowl.getAttribute("aria-valuenow"));
  const scrolled = await scrollOf(page);
  await touchDrag(page, from, { x: from.x + 100, y: from.y });
  await expect.poll(async () => Math.abs(Number(await bowl.getAttribute("aria-valuenow")) - before)).toBeGreaterThan(40);
  expect(await scrollOf(page)).toBe(scrolled);
  await context.close();
});
