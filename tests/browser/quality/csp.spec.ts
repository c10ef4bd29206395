import type { Page } from "@playwright/test";
import { test, expect, openEssay, valueOf } from "../fixtures.ts";
import { hydrateEverything, nonFiniteProblems } from "./page-checks.ts";
import { STALE_MS } from "../../../src/components/scheduling/scrub-watch.ts";

/** The page's Content Security Policy, directive name → sources. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
  const directives = (content ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

test("the built page carries a strict Content Security Policy", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  const csp = await policy(page);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, "script-src").toContain("'self'");
  expect(scripts, "script-src").not.toContain("'unsafe-inline'");
  expect(csp.get("script-src-elem") ?? [], "script-src-elem").not.toContain("'unsafe-inline'");
  expect(csp.get("script-src-attr") ?? [], "script-src-attr").not.toContain("'unsafe-inline'");
  for (const [name, sources] of csp) {
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources, name).not.toContain("'wasm-unsafe-eval'");
    expect(sources, name).not.toContain("*");
    expect(sources.filter((s) => /^(https?:|data:|blob:)/.test(s) && name !== "img-src"), name).toEqual([]);
  }
  expect(csp.get("default-src"), "default-src").toEqual(["'self'"]);
  expect(csp.get("object-src"), "object-src").toEqual(["'none'"]);
  expect(csp.get("style-src-elem") ?? csp.get("style-src") ?? [], "<style> and stylesheets").not.toContain("'unsafe-inline'");
  // Every inline script the page has must be allowed by a hash, or the page would break under the policy.
  expect(scripts.some((s) => s.startsWith("'sha256-") || s.startsWith("'sha384-") || s.startsWith("'sha512-"))).toBe(true);
});

test("the page hydrates and works under its policy without a single violation", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  await openEssay(page, "?m=0.5&step=3");
  await hydrateEverything(page);

  // Work every slider once: hydrated controls that re-render live numbers, figures and styles.
  const sliders = page.locator('input[type="range"]:visible, [role="slider"]:visible');
  const count = await sliders.count();
  expect(count, "sliders on the page").toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
  }
  // A figure's control hands its key on when the page is next idle, at the latest STALE_MS later: one still pending
  // (the start handle's, which sends the descent back to step 0) would land after the step is read, under load.
  await page.waitForTimeout(STALE_MS + 100);
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle, { timeout: 1000 })));
  const step = await valueOf(page, "step");
  await page.getByRole("slider", { name: "step" }).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step + 1}(&|$)`));
  expect(await nonFiniteProblems(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test("the page makes no request to any other origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1/").origin;
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) elsewhere.push(request.url());
  });
  await openEssay(page, "?step=2");
  await hydrateEverything(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole("slider", { name: "learning rate" }).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/[?&]lr=/);
  await page.waitForLoadState("networkidle");
  expect(elsewhere).toEqual([]);
  expect(new URL(page.url()).hostname).toBe("127.0.0.1");
});
