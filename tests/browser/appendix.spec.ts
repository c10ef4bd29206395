import { test, expect, openEssay } from "./fixtures.ts";
import { bibtex } from "../../src/components/appendix/citation.ts";

// The appendix: how to cite the essay (plain text and BibTeX, each with a copy button), its licence, its
// source and its changes; and the citation tags in the page's head that scholarly indexers read.

test("the appendix cites the essay in plain text and BibTeX, copies each, and the head carries the citation tags", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openEssay(page);
  const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
  await expect(meta("citation_title")).toHaveAttribute("content", "Loss Space vs Data Space");
  await expect(meta("citation_author")).toHaveAttribute("content", /authors/);
  await expect(meta("citation_publication_date")).toHaveAttribute("content", /^\d{4}\/\d{2}\/\d{2}$/);
  await expect(page.locator('head meta[property="og:title"]')).toHaveCount(1);
  await expect(meta("twitter:card")).toHaveCount(1);

  const about = page.locator("section#about");
  await about.scrollIntoViewIfNeeded();
  for (const heading of ["Cite this essay", "Reuse", "Where it comes from", "Changes"]) {
    await expect(about.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(about.getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  // The entries name the essay's own address once the page runs (the build knows no host here).
  const address = await page.evaluate(() => `${location.origin}${location.pathname}`);
  const entry = about.locator('pre[data-citation="BibTeX"]');
  await expect(entry).toHaveText(bibtex(address));
  await expect(about.locator('pre[data-citation="Plain text"]')).toContainText(`Loss Space vs Data Space. An explorable essay on gradient descent, published`);
  await about.getByRole("button", { name: "Copy the BibTeX citation" }).click();
  await expect(about.getByRole("status")).toHaveText("BibTeX copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex(address));
});

test("without JavaScript the appendix reads whole and its copy buttons are hidden", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  const about = page.locator("section#about");
  await expect(about.locator('pre[data-citation="BibTeX"]')).toContainText("@misc{lossspace");
  await expect(about.getByRole("button", { name: /Copy the/ })).toHaveCount(0);
  await expect(about).toContainText("Creative Commons Attribution 4.0");
  await context.close();
});
