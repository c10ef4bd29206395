import { describe, expect, test } from "vitest";
import { linkStatus } from "../../../../src/components/data/link-status.ts";

describe("linkStatus", () => {
  test("the generated data and linked points travel in the link", () => {
    expect(linkStatus({ custom: false, linked: false, rounded: false, size: 500_000 })).toBe("This data travels in the link.");
    expect(linkStatus({ custom: true, linked: true, rounded: false, size: 30 })).toBe("This data travels in the link.");
  });

  test("says when rounding to 0.001 made the points fit", () => {
    expect(linkStatus({ custom: true, linked: true, rounded: true, size: 41 })).toBe("Rounded to 0.001 so it fits in the link.");
  });

  test("says how many points are too many for a link", () => {
    expect(linkStatus({ custom: true, linked: false, rounded: false, size: 1300 })).toBe("These 1,300 points are too many for a link (at most 200).");
  });
});
