// First: the generators below make the classifier's points as the module loads, which needs its maths.
import "../../with-data-codec.ts";
import type { Page, Route } from "@playwright/test";
import { FIELDS } from "../../../src/state/fields.ts";
import { QUERY_KEYS, parseQuery, serializeQuery } from "../../../src/state/url-codec.ts";
import { DAMAGED_DATA, HOSTILE_VALUES, LINKED_DATA, hostileQuery, seeded } from "../../unit/state/arbitrary.ts";
import { test, expect, openEssay } from "../fixtures.ts";
import { nonFiniteProblems } from "./page-checks.ts";

/** Generated links to draw; only those that show the page something new are opened. */
const CANDIDATES = 300;
/** About nine page loads a test: a load costs a second or more, and no test should run past ~15 s. */
const SHARDS = 4;

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

/** A link as the page reads it: its query through the codec, and its hash. */
function read(link: string): { fields: Map<string, string>; notices: readonly string[]; search: string; hash: string } {
  const { search, hash } = new URL(link, "http://localhost/");
  const { params, notices } = parseQuery(search);
  return { fields: new Map(new URLSearchParams(serializeQuery(params))), notices, search, hash };
}

/** The field keys a link sets, each once or more. */
const keysOf = (link: string) => [...new URLSearchParams(read(link).search).keys()].filter((key) => QUERY_KEYS.includes(key));

/** Links joined into one: their queries one after another, and the one hash among them. */
function joined(links: readonly string[]): string {
  const hash = links.map((link) => read(link).hash).find((h) => h !== "") ?? "";
  return `?${links.map((link) => link.split("#")[0]!.replace(/^\?/, "")).join("&")}${hash}`;
}

/**
 * Whether one page load of the joined links shows the page exactly what each showed it: every corrected
 * field with its own value and every notice of each, and nothing else. The page reads a link only through
 * the codec, so it is then tested as it was by each link alone.
 */
function joinable(links: readonly string[]): boolean {
  const fields = new Map<string, string>();
  const notices: string[] = [];
  for (const link of links) {
    const one = read(link);
    for (const [key, value] of one.fields) {
      if (fields.has(key)) return false;
      fields.set(key, value);
    }
    notices.push(...one.notices);
  }
  const all = read(joined(links));
  return all.fields.size === fields.size && [...fields].every(([key, value]) => all.fields.get(key) === value) &&
    JSON.stringify([...all.notices].sort()) === JSON.stringify(notices.sort());
}

/**
 * pack(links) puts links that share no field into one page load where that loses nothing (joinable), at
 * most one hash a load; a link with no query at all ("?", "?#two-spaces", a bare "?" the page must still
 * rewrite) is opened alone. A page load costs a second or more; 66 links take 35 loads.
 */
function pack(links: readonly string[]): string[][] {
  const loads: string[][] = [];
  for (const link of links) {
    const alone = read(link).search === "";
    const load = alone ? undefined : loads.find((parts) =>
      parts.every((p) => read(p).search !== "") &&
      !(read(link).hash && parts.some((p) => read(p).hash)) &&
      !keysOf(link).some((key) => parts.some((p) => keysOf(p).includes(key))) &&
      joinable([...parts, link]));
    if (load) load.push(link);
    else loads.push([link]);
  }
  return loads;
}

const LOADS = pack(CASES);

/**
 * Static hosts refuse request lines past ~8–16 KB; serve such links the page as a lenient host would.
 * The page is fetched once, not once per link: a fetch per link through a reused keep-alive connection
 * was one more chance for "socket hang up" on a loaded machine, for a page that is the same every time.
 * The route is only there while a long link opens: any route turns off the browser's cache and passes
 * every request of the page through the test, which made each load of the other links half again as long.
 */
async function longLinkServer(page: Page, baseURL: string): Promise<(href: string) => Promise<() => Promise<void>>> {
  const essay = await page.request.get(baseURL);
  expect(essay.ok(), `the page at ${baseURL}`).toBe(true);
  const body = await essay.body();
  const long = (url: URL) => url.href.length > 8_000;
  const serve = (route: Route) => route.fulfill({ status: 200, contentType: essay.headers()["content-type"] ?? "text/html; charset=utf-8", body });
  return async (href) => {
    if (href.length <= 8_000) return async () => {};
    await page.route(long, serve);
    return () => page.unroute(long, serve);
  };
}

/** A link as a failure names it: cut short when long. */
const named = (link: string) => (link.length > 120 ? `${link.slice(0, 120)}… (${link.length} chars)` : link);

for (let shard = 0; shard < SHARDS; shard++) {
  const loads = LOADS.filter((_, i) => i % SHARDS === shard);
  const links = loads.reduce((sum, parts) => sum + parts.length, 0);

  test(`hostile links ${shard + 1}/${SHARDS} (${links} in ${loads.length} loads) give a working page, every notice, finite numbers and a canonical URL`, async ({ page, baseURL }) => {
    test.slow();
    const base = baseURL ?? "http://127.0.0.1/";
    const serving = await longLinkServer(page, base);
    let current = "";
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${current}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(`${current}: console.${m.type()} ${m.text()}`);
    });

    for (const parts of loads) {
      const query = joined(parts);
      current = parts.map(named).join(" + ");
      const opened = new URL(query, base);
      const decoded = parseQuery(opened.search);
      const canonical = serializeQuery(decoded.params);
      const served = await serving(opened.href);
      await openEssay(page, query);
      await served();
      await expect.poll(() => page.evaluate(() => location.search), { message: `canonical URL for ${current}` }).toBe(canonical);
      expect(await page.evaluate(() => location.hash), `the chapter in the hash of ${current} is kept`).toBe(opened.hash);
      expect(await nonFiniteProblems(page), current).toEqual([]);
      // Every notice, each field's own: the list the page shows is the codec's, word for word.
      const shown = await page.locator("[data-notices] li").evaluateAll((items) => items.map((li) => li.textContent?.trim() ?? ""));
      expect(shown, `the notices for ${current}`).toEqual(decoded.notices);
      expect(errors).toEqual([]);
    }
  });
}
