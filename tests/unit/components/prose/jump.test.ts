import { describe, expect, test } from "vitest";
import { isJumpTo, jumpHref, jumpTarget, parseJumpSet } from "../../../../src/components/prose/jump.ts";
import { line, presetData } from "../../../../src/engine/index.ts";
import { encodeData } from "../../../../src/state/data-codec.ts";
import { DEFAULTS } from "../../../../src/state/fields.ts";
import { withFields } from "../../state/params.ts";

const here = withFields({ m: 0.5, b: -1, lr: 0.08, step: 7 });
const bottom = [1.38, 1.03];

describe("jumpTarget(to, set, params, model, minimum)", () => {
  test("start is the article's start, whatever the reader had", () => {
    expect(jumpTarget("start", {}, here, line, bottom)).toEqual(DEFAULTS);
  });
  test("minimum starts at the bottom of the bowl, at step 0, keeping the other settings", () => {
    expect(jumpTarget("minimum", {}, here, line, bottom)).toEqual(withFields({ m: 1.38, b: 1.03, step: 0 }, here));
  });
  test("minimum stays put when there is no single bottom", () => {
    expect(jumpTarget("minimum", {}, here, line, null)).toEqual(here);
  });
  test("set changes settings on top of the target, by their link keys; unknown keys change nothing", () => {
    expect(jumpTarget("start", { lr: 0.2, step: 30 }, here, line, bottom)).toEqual(withFields({ lr: 0.2, step: 30 }));
    expect(jumpTarget("here", { lr: 0.14 }, here, line, bottom)).toEqual(withFields({ lr: 0.14 }, here));
    expect(jumpTarget("start", { m: 1, opt: "momentum", beta: 0.5 }, here, line, bottom)).toEqual(withFields({ m: 1, opt: "momentum", beta: 0.5 }));
    expect(jumpTarget("here", { nope: 1, opt: "rmsprop", data: "1.damaged" }, here, line, bottom)).toEqual(here);
    const steep = encodeData(presetData("steep-line"));
    if (!steep.ok) throw new Error(steep.error);
    expect(jumpTarget("start", { opt: "momentum", data: steep.text }, here, line, bottom)).toEqual(withFields({ opt: "momentum", data: steep.text }));
  });
});

test("jumpHref(base, target) is the page with the target's canonical query", () => {
  expect(jumpHref("/", DEFAULTS)).toBe("/");
  expect(jumpHref("/essays/loss-space", withFields({ lr: 0.2 }))).toBe("/essays/loss-space/?lr=0.2");
});

test("parseJumpSet(text) reads an object and ignores anything else", () => {
  expect(parseJumpSet('{"lr":0.2}')).toEqual({ lr: 0.2 });
  expect(parseJumpSet("[1]")).toEqual({});
  expect(parseJumpSet("{")).toEqual({});
  expect(parseJumpSet(null)).toEqual({});
});

test("isJumpTo(text) knows the three jumps", () => {
  expect(["start", "minimum", "here", "end", null].map(isJumpTo)).toEqual([true, true, true, false, false]);
});
