import { test, expect, openEssay } from "../fixtures.ts";

test("every file the page's styles name is in the build: no font the maths needs was dropped", async ({ page }) => {
  await openEssay(page);
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll("style")].flatMap((style) => [...(style.textContent ?? "").matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/^["']|["']$/g, ""))),
  );
  const files = urls.filter((u) => !u.startsWith("data:"));
  expect(files.length).toBeGreaterThan(0);
  for (const url of new Set(files)) {
    const response = await page.request.get(new URL(url, page.url()).href);
    expect(response.status(), url).toBe(200);
  }
});
