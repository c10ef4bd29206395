import type { Page } from "@playwright/test";
import { test, expect, openEssay } from "../fixtures.ts";
import { operate } from "./keyboard-operate.ts";
import { tabStops, unfocusedShot, unreached, walkTabOrder, type Stop } from "./keyboard-walk.ts";
import { hydrateEverything } from "./page-checks.ts";

// A state away from every default and with a corrected value, so that reset buttons, "previous step"
// and the notice's Dismiss button all have something to do.
const START = "?m=0.5&b=1&lr=0.08&step=3&seed=NaN";

async function open(page: Page): Promise<void> {
  await openEssay(page, START);
  await hydrateEverything(page);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
});

/** The Tab walk's findings that any viewport must pass: reading order, no trap, nothing hidden, every control reached. */
async function expectAWalkableOrder(page: Page, { stops, trappedAt }: { stops: Stop[]; trappedAt: string | null }): Promise<void> {
  expect(trappedAt, "focus came back to an earlier control: a keyboard trap").toBeNull();
  expect(stops.length, "tab stops").toBeGreaterThan(0);
  expect(stops.filter((s) => !s.followsPrevious).map((s) => s.label), "stops out of reading order").toEqual([]);
  // WCAG 2.4.11: a focused control is never entirely hidden by something else on the page (a sticky figure, say).
  expect(stops.filter((s) => !s.reachable).map((s) => s.label), "stops hidden under something else").toEqual([]);
  expect(await page.locator("[tabindex]").evaluateAll((els) => els.filter((e) => Number(e.getAttribute("tabindex")) > 0).length), "positive tabindex").toBe(0);
  expect(await unreached(page), `tabbable elements Tab never reached; it stopped at ${stops.map((s) => s.label).join(", ")}`).toEqual([]);
}

test("Tab reaches every control once, in reading order, with no trap and nothing covering it, at 360×740", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await expectAWalkableOrder(page, await walkTabOrder(page, false));
});

test("at 1280×720, Tab reaches every control once, in reading order, with no trap and nothing covering it, and each shows a visible focus indicator", async ({ page }) => {
  // Two screenshots for each of some seventy stops, across chapters whose figures switch models.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  const walk = await walkTabOrder(page);
  await expectAWalkableOrder(page, walk);
  const invisible: string[] = [];
  for (const [i, stop] of walk.stops.entries()) {
    const focused = walk.focusedShots[i];
    const unfocused = await unfocusedShot(page, stop);
    if (!focused || !unfocused || focused.equals(unfocused)) invisible.push(`${stop.label} (${stop.ring})`);
  }
  expect(invisible, "controls that look the same focused and unfocused").toEqual([]);
});

const OPERATE_SHARDS = 4;

for (let shard = 0; shard < OPERATE_SHARDS; shard++) {
  test(`every control works from the keyboard (${shard + 1}/${OPERATE_SHARDS}): sliders with arrows, buttons with Enter and Space`, async ({ page }) => {
    test.slow();
    await open(page);
    // The walk tests prove Tab stops at exactly these controls, in this order.
    const stops = await tabStops(page);
    expect(stops.some((s) => s.kind === "slider"), "at least one slider").toBe(true);
    // A second copy of the same button or link (a second player, say) behaves like the first; sliders are cheap, so all go.
    const mine = stops.filter((s, i) => i % OPERATE_SHARDS === shard && (s.kind === "slider" || s.occurrence === 0));
    const problems: string[] = [];
    // Controls are worked one after another on one page, as a reader would. A control that does not respond
    // there (a Dismiss already pressed, a Previous step at step 0 after a start moved, a toggle already on) is
    // tried again on the page as opened, which decides: opening the page again before every control whose
    // predecessor changed anything took some 60 loads of the essay over the four tests.
    let asOpened = true;
    const reopen = async () => {
      await open(page);
      asOpened = true;
    };
    for (const stop of mine) {
      let operated = await operate(page, stop, reopen);
      if (!asOpened && (operated.problems.length > 0 || !operated.tried)) {
        await reopen();
        operated = await operate(page, stop, reopen);
      }
      problems.push(...operated.problems);
      asOpened &&= operated.pristine;
    }
    expect(problems).toEqual([]);
  });
}
