/**
 * canonicalOf(site) is the essay's one address, without a query (every state of the essay is one page), under
 * the build's base path; undefined unless the host is known (SITE_URL at build time), since a guessed one
 * would point search engines and link cards elsewhere.
 */
export function canonicalOf(site: URL | undefined): string | undefined {
  return site ? new URL(import.meta.env.BASE_URL.replace(/\/?$/, "/"), site).href : undefined;
}
