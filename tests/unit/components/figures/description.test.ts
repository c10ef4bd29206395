import { expect, test } from "vitest";
import { describeDataSpace, describeLossSpace, describePoint, lineText, nextStepText, pointHint, type DescribedState } from "../../../../src/components/figures/description.ts";
import { gradientFromStats, leastSquares, lossFromStats } from "../../../../src/engine/index.ts";
import { stats } from "../../engine/fixtures.ts";

const start = { m: -0.3, b: 2.5 };
const minimum = leastSquares(stats)!;
const atStart: DescribedState = {
  current: start, loss: lossFromStats(stats, start), gradient: gradientFromStats(stats, start), lr: 0.05, step: 0,
  minimum, minimumLoss: lossFromStats(stats, minimum), n: 40, divergence: null,
};

test("lineText({m, b}) prints the line as the live numbers do, with a typographic minus", () => {
  expect(lineText(start)).toBe("y = −0.30x + 2.50");
  expect(lineText({ m: 1.5, b: -1.234 })).toBe("y = 1.50x − 1.23");
  expect(lineText({ m: 0, b: -0.001 })).toBe("y = 0.00x + 0.00");
});

test("nextStepText(gradient, lr) says which way the step moves each parameter", () => {
  expect(nextStepText({ dm: -19.37, db: 0.93 }, 0.05)).toBe("raises the slope by 0.97 and lowers the intercept by 0.05");
  expect(nextStepText({ dm: 0, db: 0 }, 0.05)).toBe("barely moves: the slope is almost flat here");
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
  const text = describePoint(2, 5, { residual: 1.234, dm: -0.1234, db: -0.0617 }, { dm: -19.37, db: 0.93 });
  expect(text).toBe("Point (2.00, 5.00) is 1.23 above the line, so it pulls the line up: it adds −0.12 to ∂L/∂m (of −19.37) and −0.06 to ∂L/∂b (of 0.93).");
  expect(describePoint(0, 0, { residual: -2, dm: 0, db: 0.1 }, { dm: 1, db: 1 })).toContain("is 2.00 below the line, so it pulls the line down");
});
