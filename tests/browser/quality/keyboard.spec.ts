import { test, expect, openEssay } from "../fixtures.ts";
import { operate } from "./keyboard-operate.ts";
import { unfocusedShot, unreached, walkTabOrder } from "./keyboard-walk.ts";
import { hydrateEverything } from "./page-checks.ts";

// A state away from every default and with a corrected value, so that reset buttons, "previous step"
// and the notice's Dismiss button all have something to do.
const START = "?m=0.5&b=1&lr=0.08&step=3&seed=NaN";

async function open(page: import("@playwright/test").Page): Promise<void> {
  await openEssay(page, START);
  await hydrateEverything(page);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 740 }]) {
  test(`Tab reaches every control once, in reading order, with no trap and nothing covering it, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page);
    const { stops, trappedAt } = await walkTabOrder(page, false);
    expect(trappedAt, "focus came back to an earlier control: a keyboard trap").toBeNull();
    expect(stops.length, "tab stops").toBeGreaterThan(0);
    expect(stops.filter((s) => !s.followsPrevious).map((s) => s.label), "stops out of reading order").toEqual([]);
    // WCAG 2.4.11: a focused control is never entirely hidden by something else on the page (a sticky figure, say).
    expect(stops.filter((s) => !s.reachable).map((s) => s.label), "stops hidden under something else").toEqual([]);
    expect(await page.locator("[tabindex]").evaluateAll((els) => els.filter((e) => Number(e.getAttribute("tabindex")) > 0).length), "positive tabindex").toBe(0);
    expect(await unreached(page), `tabbable elements Tab never reached; it stopped at ${stops.map((s) => s.label).join(", ")}`).toEqual([]);
  });
}

test("every control shows a visible focus indicator when reached by keyboard", async ({ page }) => {
  await open(page);
  const { stops, focusedShots } = await walkTabOrder(page);
  expect(stops.length).toBeGreaterThan(0);
  const invisible: string[] = [];
  for (const [i, stop] of stops.entries()) {
    const focused = focusedShots[i];
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
    const { stops } = await walkTabOrder(page, false);
    expect(stops.some((s) => s.kind === "slider"), "at least one slider").toBe(true);
    // A second copy of the same button or link (a second player, say) behaves like the first; sliders are cheap, so all go.
    const mine = stops.filter((s, i) => i % OPERATE_SHARDS === shard && (s.kind === "slider" || s.occurrence === 0));
    const problems: string[] = [];
    let pristine = false; // the walk left its marks; start from a freshly opened page
    for (const stop of mine) {
      // Each control gets the page as opened: Dismiss removes the notice, a jump link moves the state.
      if (!pristine) await open(page);
      const operated = await operate(page, stop, () => open(page));
      problems.push(...operated.problems);
      pristine = operated.pristine;
    }
    expect(problems).toEqual([]);
  });
}
