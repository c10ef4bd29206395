import { DEFAULT_SEED, MAX_STEPS, descend, generateDataset, line, objective, seededRandom } from "../../src/engine/index.ts";
import { DEFAULTS } from "../../src/state/fields.ts";
import type { Page } from "@playwright/test";
import { test, expect, openEssay } from "./fixtures.ts";

/** Where the main step player sits on the page (document coordinates), rounded to the pixel. */
async function playerAt(page: Page): Promise<{ top: number; left: number }> {
  return page.locator(".essay-controls .player").evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), left: Math.round(r.left + scrollX) };
  });
}

for (const [device, viewport] of [["a phone", { width: 390, height: 844 }], ["a laptop", { width: 1280, height: 800 }]] as const) {
  // A sampled descent that diverges at once, and a full-batch one that climbs slowly with its warning first.
  for (const query of ["?method=sgd&lr=0.5", "?m=-4&b=8&lr=0.16"]) {
    test(`on ${device}, the player stays put under the finger while stepping and playing to divergence (${query})`, async ({ browser }) => {
      test.slow();
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openEssay(page, query);
      const at = await playerAt(page);
      const player = page.locator(".essay-controls .player");
      for (let i = 0; i < 3; i++) {
        await player.getByRole("button", { name: "Next step" }).click();
        expect(await playerAt(page), `after step ${i + 1}`).toEqual(at);
      }
      // Play on until the descent stops (the play button is no longer pressed) or for six seconds, checking at every frame.
      const moved = page.evaluate(() => new Promise<number[]>((done) => {
        const el = document.querySelector(".essay-controls .player")!;
        const playing = () => [...el.querySelectorAll('button[aria-pressed="true"]')].some((b) => b.textContent?.trim() === "Play");
        const tops = new Set<number>();
        const start = performance.now();
        let started = false;
        const look = () => {
          tops.add(Math.round(el.getBoundingClientRect().top + scrollY));
          started ||= playing();
          if ((started && !playing()) || performance.now() - start > 6000) done([...tops]);
          else requestAnimationFrame(look);
        };
        look();
      }));
      await player.getByRole("button", { name: "Play" }).click();
      expect(await moved).toEqual([at.top]);
      await player.locator('input[type="range"]').focus();
      await page.keyboard.press("End");
      expect(await playerAt(page)).toEqual(at);
      await context.close();
    });
  }
}

test("play stops where the descent settles, not at step 1,000", async ({ page }) => {
  const lr = 0.12;
  const settled = descend({
    objective: objective(line, generateDataset(DEFAULTS.n, DEFAULT_SEED)), start: [DEFAULTS.start["m"]!, DEFAULTS.start["b"]!], learningRate: lr,
    method: "batch", batchSize: DEFAULTS.batch, steps: MAX_STEPS, random: seededRandom(DEFAULTS.seed),
  }).settled;
  expect(settled).not.toBeNull();
  await openEssay(page, `?lr=${lr}&step=${settled! - 4}`);
  const player = page.locator(".essay-controls .player");
  await player.getByRole("button", { name: "Play" }).click();
  await expect(player.getByRole("button", { name: "Play" })).toHaveAttribute("aria-pressed", "false", { timeout: 5000 });
  await expect(player.locator('[data-quantity="step"]:not(input)')).toHaveText(String(settled));
});
