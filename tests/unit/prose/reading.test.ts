import { describe, expect, test } from "vitest";
import { choiceAfterToggle, effectiveTheme, parseTheme } from "../../../src/components/reading/theme.ts";
import { canAdvance, playFrom, trackMax, SHORT_TRACK } from "../../../src/components/reading/player.ts";
import { shareUrl } from "../../../src/components/reading/share-url.ts";
import { SCENES, sceneFor } from "../../../src/components/reading/scenes.ts";
import { DEFAULTS, FIELDS } from "../../../src/state/fields.ts";

describe("theme", () => {
  test("parseTheme(stored) takes only light or dark", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("blue")).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
  test("effectiveTheme(choice, systemDark) is the choice, else the system's", () => {
    expect(effectiveTheme(null, true)).toBe("dark");
    expect(effectiveTheme(null, false)).toBe("light");
    expect(effectiveTheme("light", true)).toBe("light");
  });
  test("choiceAfterToggle(shown, systemDark) stores the opposite, or nothing when that is the system's", () => {
    expect(choiceAfterToggle("light", false)).toBe("dark");
    expect(choiceAfterToggle("dark", false)).toBeNull();
    expect(choiceAfterToggle("dark", true)).toBe("light");
    expect(choiceAfterToggle("light", true)).toBeNull();
  });
});

describe("player", () => {
  test("trackMax(step) shows the first hundred steps, then all of them", () => {
    expect(trackMax(0)).toBe(SHORT_TRACK);
    expect(trackMax(SHORT_TRACK)).toBe(SHORT_TRACK);
    expect(trackMax(SHORT_TRACK + 1)).toBe(FIELDS.step.max);
  });
  test("canAdvance(step, diverged) stops at the last step and at divergence", () => {
    expect(canAdvance(0, false)).toBe(true);
    expect(canAdvance(FIELDS.step.max, false)).toBe(false);
    expect(canAdvance(3, true)).toBe(false);
  });
  test("playFrom(step, diverged) starts over when there is nowhere left to go", () => {
    expect(playFrom(5, false)).toBe(5);
    expect(playFrom(FIELDS.step.max, false)).toBe(0);
    expect(playFrom(17, true)).toBe(0);
  });
});

test("shareUrl(location, params, anchor) is the page, the canonical query and the chapter", () => {
  const location = { origin: "https://example.org", pathname: "/essays/loss-space/", hash: "#landscape" };
  expect(shareUrl(location, { ...DEFAULTS, step: 1 }, "one-step")).toBe("https://example.org/essays/loss-space/?step=1#one-step");
  expect(shareUrl(location, DEFAULTS, null)).toBe("https://example.org/essays/loss-space/#landscape");
});

describe("scenes", () => {
  test("the start chapters show the article's start, chapter 5 its first step", () => {
    expect(sceneFor("starting-somewhere")).toEqual(DEFAULTS);
    expect(sceneFor("one-step")).toEqual({ ...DEFAULTS, step: 1 });
  });
  test("the playground and unknown anchors set nothing", () => {
    expect(sceneFor("your-turn")).toBeNull();
    expect(sceneFor(null)).toBeNull();
    expect(sceneFor("constructor")).toBeNull();
  });
  test("every scene is a state a link could carry", () => {
    for (const scene of Object.values(SCENES)) expect(scene.step).toBeLessThanOrEqual(FIELDS.step.max);
  });
});
