import { test, expect, quantity, openEssay } from "./fixtures.ts";
import { expectedFor } from "./essay-expected.ts";

test("the player steps back and forth with its buttons and its keys", async ({ page }) => {
  await openEssay(page);
  const player = page.getByRole("group", { name: "Step through the descent" }).first();
  await expect(player).toContainText("previous");
  const next = player.getByRole("button", { name: "Next step" });
  await next.focus();
  await page.keyboard.press(".");
  await page.keyboard.press(".");
  await expect(quantity(page, "step")).toHaveText("2");
  await page.keyboard.press(",");
  await expect(quantity(page, "step")).toHaveText("1");
  await player.getByRole("button", { name: "Previous step" }).click();
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(player.getByRole("button", { name: "Previous step" })).toBeDisabled();
  await expect(player.getByRole("slider", { name: "step" })).toHaveValue("0");
});

test("the step track's own keys move its thumb and its readout together on every press, and the figures come to the last", async ({ page }) => {
  await openEssay(page);
  const player = page.getByRole("group", { name: "Step through the descent" }).first();
  const track = player.getByRole("slider", { name: "step" });
  await track.focus();
  // The thumb, the readout and what a screen reader hears after each change the track makes, once its handlers are done.
  await page.evaluate(() => {
    const seen: string[][] = [];
    (window as unknown as { __track: typeof seen }).__track = seen;
    addEventListener("input", (event) => {
      const input = event.target as HTMLInputElement;
      const readout = input.closest("label")?.querySelector('[data-quantity="step"]');
      queueMicrotask(() => seen.push([input.value, readout?.textContent ?? "", input.getAttribute("aria-valuetext") ?? ""]));
    });
  });
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(50);
  }
  await page.keyboard.press("PageUp");
  await page.keyboard.press("End");
  const seen = await page.evaluate(() => (window as unknown as { __track: string[][] }).__track);
  expect(seen.slice(0, 6).map(([value]) => value)).toEqual(["1", "2", "3", "4", "5", "6"]);
  for (const [value, readout, words] of seen) expect([readout, words]).toEqual([value, `step ${value}`]);
  expect(seen.at(-1)![0]).toBe("100");
  const last = expectedFor("?step=100");
  await expect(quantity(page, "loss")).toHaveText(last.texts.loss!);
  await expect(quantity(page, "m")).toHaveText(last.texts.m!);
  await expect(page).toHaveURL(/[?&]step=100(&|$)/);
  await page.keyboard.press("Home");
  await expect(quantity(page, "step")).toHaveText("0");
  await expect(quantity(page, "m")).toHaveText("−0.30");
  await expect(player.getByRole("button", { name: "Previous step" })).toBeDisabled();
});

test("play runs the descent and stops by itself where it diverges", async ({ page }) => {
  await openEssay(page, "?lr=0.2&step=8");
  const diverged = expectedFor("?lr=0.2&step=1000");
  const player = page.getByRole("group", { name: "Step through the descent" }).first();
  const play = player.getByRole("button", { name: "Play" });
  await play.focus();
  await page.keyboard.press("k");
  await expect(play).toHaveAttribute("aria-pressed", "true");
  await expect(play).toHaveAttribute("aria-pressed", "false", { timeout: 15_000 });
  // It stopped on the first step past the last good one, and shows that last good line.
  await expect(quantity(page, "m")).toHaveText(diverged.texts.m!);
  const stoppedAt = Number(await quantity(page, "step").textContent());
  expect(stoppedAt).toBeGreaterThan(8);
  expect(stoppedAt).toBeLessThan(60);
});

test("play pauses on a second press", async ({ page }) => {
  await openEssay(page);
  const play = page.getByRole("button", { name: "Play" }).first();
  await play.click();
  await expect(play).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => Number(await quantity(page, "step").textContent())).toBeGreaterThan(0);
  await play.click();
  await expect(play).toHaveAttribute("aria-pressed", "false");
  const paused = await quantity(page, "step").textContent();
  await page.waitForTimeout(400);
  await expect(quantity(page, "step")).toHaveText(paused ?? "");
});

test("copy link puts the full link to this step on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openEssay(page, "?step=4#one-step");
  await expect(page.locator(".reading-bar summary")).toContainText("One step");
  await page.getByRole("button", { name: "Copy link to this step" }).first().click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.search).toBe("?step=4");
  expect(url.hash).toBe("#one-step");
  expect(url.origin).toBe(new URL(page.url()).origin);
});

test("copy link falls back to a selected field when the clipboard is refused", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await openEssay(page, "?step=2");
  await page.getByRole("button", { name: "Copy link to this step" }).first().click();
  const field = page.getByRole("textbox", { name: "Link to this step" });
  await expect(field).toHaveValue(/\?step=2/);
  await expect(page.getByText(/Copying was blocked/)).toBeVisible();
});

test("the theme follows the system, and the toggle's choice is kept across visits", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openEssay(page);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(light);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  // Back to light, which is the system's own: the page follows the system again.
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
});

test("on a 360-pixel phone the page does not scroll sideways and the numbers can still be scrubbed", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openEssay(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const slope = page.locator("#starting-somewhere").getByRole("slider", { name: "starting slope m" });
  await slope.focus();
  await page.keyboard.press("ArrowUp");
  await expect(slope).toHaveAttribute("aria-valuenow", "-0.2");
});

test("the page has a title, a description and card metadata, built without SITE_URL names no made-up address, and its maths' live numbers follow the state, for sighted readers and screen readers alike", async ({ page }) => {
  await openEssay(page, "?step=3&lr=0.07");
  await expect(page).toHaveTitle("Loss Space vs Data Space");
  const meta = (selector: string) => page.locator(selector).getAttribute("content");
  expect(await meta('meta[name="description"]')).toMatch(/gradient descent/i);
  expect(await meta('meta[property="og:title"]')).toBe("Loss Space vs Data Space");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary");
  // The test build has no SITE_URL: a canonical link or og:url could only name a guessed host.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  const absolute = await page.locator("head [href], head [content], head [src]").evaluateAll((els) =>
    els.flatMap((e) => ["href", "content", "src"].map((a) => e.getAttribute(a) ?? "")).filter((v) => /^[a-z][a-z+.-]*:\/\//i.test(v)),
  );
  expect(absolute, "absolute addresses in the head").toEqual([]);

  const expected = expectedFor("?step=3&lr=0.07");
  const update = page.locator("#one-step .katex").filter({ has: page.locator("[data-quantity=m1]") });
  await expect(update.locator(".katex-html [data-quantity=m1]")).toHaveText(expected.texts.m1!);
  await expect(update.locator(".katex-mathml [data-quantity=m1]")).toHaveText(expected.texts.m1!);
  await expect(update.locator(".katex-html [data-quantity=lr]").first()).toHaveText("0.07");
});

test("on a phone the reader can pin the figures over the prose they are reading", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openEssay(page);
  const pin = page.getByRole("button", { name: "Pin figures" });
  await expect(pin).toHaveAttribute("aria-pressed", "false");
  await pin.click();
  await expect(pin).toHaveAttribute("aria-pressed", "true");
  await page.locator("#one-step > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(page.locator('[data-figure="loss-space"]')).toBeInViewport({ ratio: 0.3 });
  await expect(page.getByRole("button", { name: "Next step" }).first()).toBeInViewport();
  // Unpinned, the figures stay at the top of the essay.
  await pin.click();
  await expect(page.locator('[data-figure="loss-space"]')).not.toBeInViewport();
});

test("pinned on a phone, the player drops its keys hint but keeps the flag of a descent that is diverging", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openEssay(page, "?lr=0.2&step=1");
  await page.getByRole("button", { name: "Pin figures" }).click();
  const keys = page.locator(".essay-controls .keys").first();
  await expect(keys.locator(".flag")).toBeVisible();
  await expect(keys).toContainText("Diverging");
  await page.locator(".essay-controls").getByRole("button", { name: "Previous step" }).first().click();
  await expect(keys).toBeHidden();
});

test("on a wide screen the figures stay beside the prose, and there is nothing to pin", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openEssay(page);
  await expect(page.getByRole("button", { name: "Pin figures" })).toBeHidden();
  await page.locator("#full-batch > h2").evaluate((e) => e.scrollIntoView({ block: "start" }));
  await expect(page.locator('[data-figure="loss-space"]')).toBeInViewport({ ratio: 0.5 });
});
