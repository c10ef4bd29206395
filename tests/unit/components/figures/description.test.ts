import { expect, test } from "vitest";
import { FLAG_ROOM, describePoint, isWarned, pointHint, stoppedFlag, warningFlag, warningText } from "../../../../src/components/figures/description.ts";
import {
  DIVERGENCE_ROOM, captionRoom, describeBriefly, describeDataSpace, describeLossSpace, lineText, nextStepText, type DescribedState,
} from "../../../../src/components/figures/captions.ts";
import { RISES, descend, gradientFromStats, leastSquares, line, lossFromStats } from "../../../../src/engine/index.ts";
import { descendOptions, fit, stats } from "../../engine/fixtures.ts";

const start = { m: -0.3, b: 2.5 };
const g = gradientFromStats(stats, start);
const minimum = leastSquares(stats)!;
const atStart: DescribedState = {
  model: line, current: [start.m, start.b], loss: lossFromStats(stats, start), move: [-0.05 * g.dm, -0.05 * g.db], step: 0,
  minimum: [minimum.m, minimum.b], minimumLoss: lossFromStats(stats, minimum), n: 40, divergence: null,
};

test("lineText([m, b]) prints the line as the live numbers do, with a typographic minus", () => {
  expect(lineText([-0.3, 2.5])).toBe("y = −0.30x + 2.50");
  expect(lineText([1.5, -1.234])).toBe("y = 1.50x − 1.23");
  expect(lineText([0, -0.001])).toBe("y = 0.00x + 0.00");
});

test("nextStepText(model, move) says which way the step moves each parameter", () => {
  expect(nextStepText(line, [-0.05 * -19.37, -0.05 * 0.93])).toBe("raises the slope by 0.97 and lowers the intercept by 0.05");
  expect(nextStepText(line, [0, 0])).toBe("barely moves: the slope is almost flat here");
});

test("the captions describe the step taken, not the gradient's: a stochastic step that raises both", () => {
  const text = describeLossSpace({ ...atStart, move: [0.37, 0.24] });
  expect(text).toContain("The next step raises the slope by 0.37 and raises the intercept by 0.24.");
  expect(describeDataSpace({ ...atStart, move: [0.37, 0.24] })).toContain("The next step turns it to y = 0.07x + 2.74.");
});

test("describeLossSpace at the article's start names the loss 20.5, the bottom and the next step", () => {
  expect(describeLossSpace(atStart)).toBe(
    "At the start, the line y = −0.30x + 2.50 has loss 20.5; the bottom of the bowl is 3.52, at m = 1.38, b = 1.03. " +
      "The next step raises the slope by 0.97 and lowers the intercept by 0.05.",
  );
});

test("describeDataSpace at the article's start names the points, the loss and the next line", () => {
  expect(describeDataSpace(atStart)).toBe(
    "The line y = −0.30x + 2.50 through 40 points has a mean squared residual (loss) of 20.5. The next step turns it to y = 0.67x + 2.45.",
  );
});

test("a diverged descent is described by its reason, never by NaN", () => {
  const reason = "At step 7 the numbers overflowed: learning rate 1 is far too large for this bowl.";
  const text = describeLossSpace({ ...atStart, step: 9, divergence: reason });
  expect(text).toContain(reason);
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(describeDataSpace({ ...atStart, divergence: reason })).toContain(reason);
});

test("pointHint(shown, n) says when only a sample of the residuals is drawn", () => {
  expect(pointHint(40, 40)).toBe("Point at a data point, or focus the points and use the arrow keys, to read its residual and its pull on the gradient.");
  expect(pointHint(200, 500_000)).toMatch(/^Residuals are drawn for 200 evenly spread points of 500,000\. /);
});

test("describePoint names the residual's side and the point's terms of the gradient", () => {
  const text = describePoint(line, 2, 5, { residual: 1.234, gradient: [-0.1234, -0.0617] }, [-19.37, 0.93]);
  expect(text).toBe("Point (2.00, 5.00) is 1.23 above the line, so it pulls the line up: it adds −0.12 to ∂L/∂m (of −19.37) and −0.06 to ∂L/∂b (of 0.93).");
  expect(describePoint(line, 0, 0, { residual: -2, gradient: [0, 0.1] }, [1, 1])).toContain("is 2.00 below the line, so it pulls the line down");
});

test("a caption's room is at least as long as any divergence the engine reports, and any description", () => {
  for (const lr of [0.16, 0.3, 1]) {
    for (const method of ["batch", "sgd", "minibatch"] as const) {
      const run = descend(descendOptions({ start: [-4, 8], learningRate: lr, method, batchSize: 5, steps: 1000 }));
      if (run.divergence) expect(run.divergence.reason.length, `${lr} ${method}`).toBeLessThanOrEqual(DIVERGENCE_ROOM.length);
    }
  }
  const room = captionRoom(describeLossSpace, line);
  expect(room.length).toBeGreaterThanOrEqual(describeLossSpace(atStart).length);
  expect(room.length).toBeGreaterThanOrEqual(describeLossSpace({ ...atStart, step: 1000, divergence: DIVERGENCE_ROOM }).length);
});

test("a rate past the bowl's limit is named from step 1 while the loss only climbs: caption, flag and brief words", () => {
  const lr = 0.2;
  const run = descend(descendOptions({ learningRate: lr, steps: 30 }));
  const limit = 2 / fit.curvature!.max;
  expect(run.instability).toEqual({ step: 1, cause: "rate", limit });
  expect(run.divergence!.step).toBeGreaterThan(10);
  expect(warningText(run.instability, 0, false, lr)).toBeNull();
  const warning = warningText(run.instability, 1, false, lr);
  expect(warning).toBe(
    "Learning rate 0.2 is past 0.1576, the most this bowl allows: each step overshoots the bottom by more than the last, so the loss grows without end.",
  );
  expect(warningFlag(run.instability!, lr)).toBe("Diverging: learning rate 0.2 is past this bowl's limit of 0.1576.");
  // Once it has diverged the engine's reason speaks instead.
  expect(warningText(run.instability, 20, true, lr)).toBeNull();
  const caption = describeLossSpace({ ...atStart, step: 1, loss: run.loss[1]!, warning });
  expect(caption).toMatch(/^After 1 step, .* has loss 38\.7; .*\. Learning rate 0\.2 is past 0\.1576/);
  expect(describeDataSpace({ ...atStart, warning })).toContain(warning);
  expect(describeBriefly({ ...atStart, step: 1, loss: run.loss[1]!, warning })).toBe("After 1 step, loss 38.7, and climbing: the descent is diverging.");
  expect(captionRoom(describeLossSpace, line).length).toBeGreaterThanOrEqual(describeLossSpace({ ...atStart, step: 1000, warning }).length);
});

test("the flags' room holds any flag: a rate past the limit, a rising loss, a stop at step 1,000", () => {
  expect(stoppedFlag(17, 16)).toBe("Diverged at step 17: the figures stop at step 16, the last before it.");
  for (const flag of [stoppedFlag(1000, 999), warningFlag({ step: 1, cause: "rate", limit: 0.1577 }, 0.158), warningFlag({ step: 995, cause: "rising", limit: null }, 1)]) {
    expect(FLAG_ROOM.length).toBeGreaterThanOrEqual(flag.length);
  }
});

test("a limit is printed rounded down a decimal finer than the rate, so the rate never reads as the limit it is past", () => {
  expect(warningFlag({ step: 1, cause: "rate", limit: 0.15767 }, 0.158)).toBe("Diverging: learning rate 0.158 is past this bowl's limit of 0.1576.");
});

test("a loss that keeps rising is named once the rises are seen, not from the first of them", () => {
  const rising = { step: 12, cause: "rising", limit: null } as const;
  expect(isWarned(rising, 12, false)).toBe(false);
  expect(isWarned(rising, 12 + RISES - 1, false)).toBe(true);
  expect(warningText(rising, 40, false, 0.5)).toBe(
    "From step 12 the loss rose step after step, past where it began: learning rate 0.5 looks too large for these steps.",
  );
});

test("captionRoom holds the aim of the next step and the line back in x's own units", () => {
  const aimed = { ...atStart, aim: 38.4 };
  expect(describeLossSpace(aimed)).toContain("It heads 38° away from the straight way to the bottom.");
  expect(captionRoom(describeLossSpace, line).length).toBeGreaterThanOrEqual(describeLossSpace({ ...aimed, aim: 179.6 }).length);
  const own = { ...atStart, own: { theta: [-1234.56, 9876.54], scaling: "standardize" as const } };
  expect(describeDataSpace(own)).toContain("In x's own units, before it was standardised, that is the line y = −1,234.56x + 9,876.54.");
  expect(captionRoom(describeDataSpace, line).length).toBeGreaterThanOrEqual(describeDataSpace(own).length);
});
