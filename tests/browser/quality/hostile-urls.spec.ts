import type { Page } from "@playwright/test";
import { FIELDS } from "../../../src/state/fields.ts";
import { QUERY_KEYS, parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { DAMAGED_DATA, HOSTILE_VALUES, LINKED_DATA, hostileQuery, seeded } from "../../unit/state/arbitrary.ts";
import { test, expect, openEssay } from "../fixtures.ts";
import { nonFiniteProblems } from "./page-checks.ts";
import "../../with-data-codec.ts";

/** Generated links to draw; only those that show the page something new are opened. */
const CANDIDATES = 300;
/** About nine links a test: a page load costs a second or more, and no test should run past ~15 s. */
const SHARDS = 8;

/** The classic single offenders, each opened whatever it shows. */
const CLASSIC = [
  `?data=${LINKED_DATA[0]}&data=${LINKED_DATA[1]}&step=3`,
  "?m=NaN", "?lr=Infinity", "?b=1e309", "?m=-0&b=-0", "?m=&b=&lr=&step=", "?step=1&step=2&step=3", "?", "?&&&", "&&&", "?=",
  "?step=-5", "?step=2.5", "?step=99999999", "?method=adam", "?m=%E0%A4%A", "?m=%3Cscript%3Ealert(1)%3C/script%3E",
  "?m=<img src=x onerror=alert(1)>", "?m=١٢&b=∞&lr=½", "?n=10&batch=4096&method=minibatch",
  "?m=NaN&lr=1e309&step=99999999&method=%3Cscript%3E&b=2.5&b=7&foo=bar",
  "?m=NaN&step=2#one-step", "?lr=0.5&lr=NaN#full-batch", "?#two-spaces", "?m=%3Cb%3E#%3Cscript%3E",
];

/** Every hostile value in every field at once: those that look like markup are always opened, the rest when they show something new. */
const EVERY_FIELD = HOSTILE_VALUES.map((v) => `?${QUERY_KEYS.map((k) => `${k}=${v}`).join("&")}`);
const MARKUP = EVERY_FIELD.filter((q) => /[<>"']|%3C|%22|script/i.test(q));

/**
 * What a link shows the page, as kinds: each field it sets, by its value for a choice and by where a
 * number lands in its range (the lowest, the highest, between), and each kind of notice (its words
 * before ", so it is").
 */
function facets(query: string): string[] {
  const { params, notices } = parseQuery(new URL(query, "http://localhost/").search);
  const fields = [...new URLSearchParams(serializeQuery(params))].map(([key, value]) => {
    const range = FIELDS[key];
    if (range) return `${key} ${Number(value) === range.min ? "lowest" : Number(value) === range.max ? "highest" : "between"}`;
    return key === "data" ? "data" : `${key} ${value}`;
  });
  return [...fields, ...notices.map((n) => `notice ${n.replace(/, so it is .*$/, "")}`)];
}

/**
 * novel(links, before) keeps each link that shows the page a kind of field or notice that no link
 * before it did. The page reads a link only through the codec, and two links that set the same fields
 * to the same kinds of value with the same kinds of notice test the page the same way; of 103
 * hand-made links (a hostile value in every field, damaged data) and 300 generated ones, a few dozen show
 * something new. Opening a page costs a second or more. The codec itself is fuzzed with thousands of
 * links in the unit tests, and the sweeps open every learning rate and step at their edges.
 */
function novel(links: string[], before: string[]): string[] {
  const seen = new Set(before.flatMap(facets));
  return links.filter((link) => {
    const shown = facets(link);
    if (shown.every((f) => seen.has(f))) return false;
    for (const f of shown) seen.add(f);
    return true;
  });
}

const random = seeded(0.4242);
const asQuery = (q: string) => (q.startsWith("?") ? q : `?${q}`);
const CANDIDATE_LINKS = [
  ...EVERY_FIELD.filter((q) => !MARKUP.includes(q)),
  ...DAMAGED_DATA.slice(0, 8).map((text) => `?step=2&data=${text}`),
  ...Array.from({ length: CANDIDATES }, () => asQuery(hostileQuery(random))),
];
const ALWAYS = [...CLASSIC, ...MARKUP].map(asQuery);
const CASES = [...ALWAYS, ...novel(CANDIDATE_LINKS, ALWAYS)];

/**
 * Static hosts refuse request lines past ~8–16 KB; serve such links the page as a lenient host would.
 * The page is fetched once, not once per link: a fetch per link through a reused keep-alive connection
 * was one more chance for "socket hang up" on a loaded machine, for a page that is the same every time.
 */
async function serveLongLinks(page: Page, baseURL: string): Promise<void> {
  const essay = await page.request.get(baseURL);
  expect(essay.ok(), `the page at ${baseURL}`).toBe(true);
  const body = await essay.body();
  await page.route(
    (url) => url.href.length > 8_000,
    (route) => route.fulfill({ status: 200, contentType: essay.headers()["content-type"] ?? "text/html; charset=utf-8", body }),
  );
}

for (let shard = 0; shard < SHARDS; shard++) {
  const cases = CASES.filter((_, i) => i % SHARDS === shard);

  test(`hostile links ${shard + 1}/${SHARDS} (${cases.length}) give a working page, finite numbers and a canonical URL`, async ({ page, baseURL }) => {
    test.slow();
    const base = baseURL ?? "http://127.0.0.1/";
    await serveLongLinks(page, base);
    let current = "";
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${current}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(`${current}: console.${m.type()} ${m.text()}`);
    });

    for (const query of cases) {
      current = query.length > 120 ? `${query.slice(0, 120)}… (${query.length} chars)` : query;
      const opened = new URL(query, base);
      const decoded = parseQuery(opened.search);
      const canonical = serializeQuery(decoded.params);
      await openEssay(page, query);
      await expect.poll(() => page.evaluate(() => location.search), { message: `canonical URL for ${current}` }).toBe(canonical);
      expect(await page.evaluate(() => location.hash), `the chapter in the hash of ${current} is kept`).toBe(opened.hash);
      expect(await nonFiniteProblems(page), current).toEqual([]);
      if (decoded.notices.length > 0) {
        expect(await page.evaluate(() => document.body.innerText), `a notice for ${current}`).toContain(decoded.notices[0]);
      }
      expect(errors).toEqual([]);
    }
  });
}
