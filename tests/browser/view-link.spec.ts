import { test, expect, openEssay } from "./fixtures.ts";

// Every view setting travels in the link (view, turn, tilt, sq, lines, per): one link with all of them
// reopens each figure so, and the figures' own controls write them back.

const VIEW = "?view=bowl&turn=40&tilt=60&sq=1&lines=1&per=seen";

test("a link with every view setting reopens each figure that way, and the controls write the link back", async ({ page }) => {
  await openEssay(page, VIEW);
  await expect(page).toHaveURL(new RegExp(`\\${VIEW}$`));
  const loss = page.locator('[data-figure="loss-space"]');
  // The loss space: the bowl, turned and tilted as the link says, with every point's line on its floor.
  await expect(loss.getByRole("button", { name: "bowl (3D)" })).toHaveAttribute("aria-pressed", "true");
  const bowl = loss.getByRole("slider", { name: /turn the bowl/ });
  await expect(bowl).toHaveAttribute("aria-valuetext", "turned 40 degrees, looking down at 60 degrees");
  await expect(loss.getByRole("button", { name: /every point as a line/ })).toHaveAttribute("aria-pressed", "true");
  await expect(loss.locator("path.point-lines")).toHaveAttribute("d", /^M.+L/);
  // The data space: each residual's square.
  const data = page.locator('[data-figure="data-space"]');
  await expect(data.getByRole("button", { name: "squared residuals" })).toHaveAttribute("aria-pressed", "true");
  await expect(data.locator("path.squares")).toHaveAttribute("d", /Z/);
  // The comparison's curves, by points seen.
  const curves = page.locator('[data-figure="comparison-curves"]');
  await expect(curves.getByRole("button", { name: "per points seen" })).toHaveAttribute("aria-pressed", "true");
  await expect(curves.getByText("points seen (log)")).toBeAttached();

  // Turning the bowl by keyboard writes its angle; back to the contour, the angle leaves the link.
  await bowl.press("ArrowRight");
  await expect(bowl).toHaveAttribute("aria-valuetext", "turned 30 degrees, looking down at 60 degrees");
  await expect(page).toHaveURL(/[?&]turn=30&tilt=60&/);
  await loss.getByRole("button", { name: "contour (top-down)" }).click();
  await data.getByRole("button", { name: "squared residuals" }).click();
  await curves.getByRole("button", { name: "per step" }).click();
  await expect(page).toHaveURL(/\?lines=1$/);
  await loss.getByRole("button", { name: /every point as a line/ }).click();
  await expect.poll(() => new URL(page.url()).search).toBe("");
});
