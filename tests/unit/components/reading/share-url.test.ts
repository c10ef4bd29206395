import { expect, test } from "vitest";
import { shareUrl } from "../../../../src/components/reading/share-url.ts";
import { DEFAULTS } from "../../../../src/state/fields.ts";

test("shareUrl(location, params, anchor) is the page, the canonical query and the chapter", () => {
  const location = { origin: "https://example.org", pathname: "/essays/loss-space/", hash: "#landscape" };
  expect(shareUrl(location, { ...DEFAULTS, step: 1 }, "one-step")).toBe("https://example.org/essays/loss-space/?step=1#one-step");
  expect(shareUrl(location, DEFAULTS, null)).toBe("https://example.org/essays/loss-space/#landscape");
});
