import { describe, expect, test } from "vitest";
import { accuracy, classifier, objective } from "../../../../../src/engine/index.ts";
import { classifierDefault } from "../../../../../src/engine/classifier-presets.ts";
import { captionRoom, type DescribedState } from "../../../../../src/components/figures/captions.ts";
import { boundaryText, classPointRoom, describeBoundary, describeClassPoint, describeVolume } from "../../../../../src/components/figures/classifier/describe.ts";
import { offPlaneLabel } from "../../../../../src/components/figures/classifier/off-plane.ts";

const data = classifierDefault();
const f = objective(classifier, data);
const start = classifier.params.map((p) => p.start);
const state = (over: Partial<DescribedState> = {}): DescribedState => ({
  model: classifier, current: start, loss: f.loss(start), move: [0.8, -0.05, 0.001], step: 0, minimum: f.minimum, minimumLoss: f.minimumLoss,
  n: data.x.length, divergence: null, accuracy: accuracy(classifier, data, start), plane: [0, 1], ...over,
});

describe("the classifier's figures in words", () => {
  test("the boundary's equation has typographic minus signs and its columns' names", () => {
    expect(boundaryText(classifier, [-1, 1.5, -0.5])).toBe("\u22121.00·x1 + 1.50·x2 \u2212 0.50 = 0");
    expect(boundaryText(classifier, [1, -0.001, 0])).toBe("1.00·x1 + 0.00·x2 + 0.00 = 0");
  });

  test("the data space counts the points it gets right, and names the next boundary", () => {
    const text = describeBoundary(state());
    const right = Math.round(accuracy(classifier, data, start)! * data.x.length);
    expect(text).toContain(`gets ${right} of ${data.x.length} points`);
    expect(text).toMatch(/The next step moves it to .* = 0\.$/);
    expect(describeBoundary(state({ divergence: "It diverged." }))).toMatch(/It diverged\.$/);
  });

  test("the loss space says the tuple, the plane's held parameter and the step, with signs", () => {
    const text = describeVolume(state());
    expect(text).toContain("(w1, w2, c) = (\u22121.00, 1.50, 0.50)");
    expect(text).toContain("in the plane c = 0.50");
    expect(text).toContain("moves them by (+0.80, \u22120.05, 0.00)");
    expect(describeVolume(state({ plane: [0, 2] }))).toContain("in the plane w2 = 1.50");
    expect(describeVolume(state({ warning: "Climbing." }))).toMatch(/Climbing\.$/);
  });

  test("a point with a class tells the probability of its own class and whether it is on the wrong side", () => {
    expect(describeClassPoint(classifier, 1, -2, 1, { residual: 0.75, gradient: [0.1, -0.2, 0.3] })).toBe(
      "Point (1.00, \u22122.00) is in class 1, which the model gives a probability of 0.25, so it is on the wrong side; its part of the gradient in (w1, w2, c) is (0.10, \u22120.20, 0.30).",
    );
  });

  test("the rooms the captions hold are at least as long as any text reached", () => {
    expect(captionRoom(describeVolume, classifier).length).toBeGreaterThanOrEqual(describeVolume(state()).length);
    expect(captionRoom(describeBoundary, classifier).length).toBeGreaterThanOrEqual(describeBoundary(state()).length);
    expect(classPointRoom(classifier).length).toBeGreaterThanOrEqual(describeClassPoint(classifier, 1, -2, 1, { residual: 0.75, gradient: [0.1, -0.2, 0.3] }).length);
  });
});

describe("offPlaneLabel", () => {
  test("is plain 'minimum' on the plane, and says where the held parameter has it otherwise", () => {
    expect(offPlaneLabel(classifier, [1, 2, 0.25], [0, 0, 0.25], [0, 1])).toBe("minimum");
    expect(offPlaneLabel(classifier, [1, 2, 0.25], [0, 0, 0.5], [0, 1])).toBe("minimum, at c = 0.25");
    expect(offPlaneLabel(classifier, [1, -2, 0.25], [0, 0, 0.5], [0, 2])).toBe("minimum, at w2 = \u22122.00");
  });
});
