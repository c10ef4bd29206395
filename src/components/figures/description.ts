import type { Gradient, Params } from "../../engine/index.ts";
import { MINUS, formatLoss, formatNumber, formatQuantity, grouped } from "../../format/numbers.ts";
import type { PointShare } from "./points.ts";

/** lineText({m, b}) is "y = −0.30x + 2.50" with two decimals and a typographic minus, as the live numbers print it. */
export function lineText(p: Params): string {
  const sign = p.b < 0 && formatNumber(p.b, 2) !== "0.00" ? MINUS : "+";
  return `y = ${formatNumber(p.m, 2)}x ${sign} ${formatNumber(Math.abs(p.b), 2)}`;
}

/** nextStepText(gradient, lr) says where the next full step moves the line: "raises the slope by 0.97 and lowers the intercept by 0.05". */
export function nextStepText(g: Gradient, lr: number): string {
  const dm = -lr * g.dm;
  const db = -lr * g.db;
  if (formatNumber(dm, 2) === "0.00" && formatNumber(db, 2) === "0.00") return "barely moves: the slope is almost flat here";
  return `${change("slope", dm)} and ${change("intercept", db)}`;
}

function change(name: string, by: number): string {
  const size = formatNumber(Math.abs(by), 2);
  if (size === "0.00") return `keeps the ${name}`;
  return `${by > 0 ? "raises" : "lowers"} the ${name} by ${size}`;
}

/** What a figure's description needs to know, all read from the shared state. */
export interface DescribedState {
  readonly current: Params;
  readonly loss: number;
  readonly gradient: Gradient;
  readonly lr: number;
  /** Steps taken to the point drawn: the step, or the last one kept before a divergence. */
  readonly step: number;
  readonly minimum: Params | null;
  readonly minimumLoss: number | null;
  readonly n: number;
  /** The divergence message once the step has reached it, else null. */
  readonly divergence: string | null;
}

/** describeLossSpace(state) is the loss-space figure's text for readers who cannot see it. */
export function describeLossSpace(s: DescribedState): string {
  const here = `${whenText(s.step)}, the line ${lineText(s.current)} has loss ${formatLoss(s.loss)}`;
  const bottom = s.minimum && s.minimumLoss !== null
    ? `; the bottom of the bowl is ${formatLoss(s.minimumLoss)}, at m = ${formatNumber(s.minimum.m, 2)}, b = ${formatNumber(s.minimum.b, 2)}`
    : "; this data has no single lowest point";
  if (s.divergence) return `${here}${bottom}. ${s.divergence}`;
  return `${here}${bottom}. The next step ${nextStepText(s.gradient, s.lr)}.`;
}

/** describeDataSpace(state) is the data-space figure's text for readers who cannot see it. */
export function describeDataSpace(s: DescribedState): string {
  const here = `The line ${lineText(s.current)} through ${grouped(s.n)} points has a mean squared residual (loss) of ${formatLoss(s.loss)}`;
  if (s.divergence) return `${here}. ${s.divergence}`;
  const next = { m: s.current.m - s.lr * s.gradient.dm, b: s.current.b - s.lr * s.gradient.db };
  return `${here}. The next step turns it to ${lineText(next)}.`;
}

function whenText(step: number): string {
  return step === 0 ? "At the start" : step === 1 ? "After 1 step" : `After ${grouped(step)} steps`;
}

/** pointHint(shown, n) invites the reader to pick a point, and says when only a sample's residuals are drawn. */
export function pointHint(shown: number, n: number): string {
  const hint = "to read its residual and its pull on the gradient.";
  return shown < n
    ? `Residuals are drawn for ${shown} evenly spread points of ${grouped(n)}. Point at one, or focus the points and use the arrow keys, ${hint}`
    : `Point at a data point, or focus the points and use the arrow keys, ${hint}`;
}

/** describePoint(x, y, share, gradient) says how far the line misses a point and what that point adds to the gradient. */
export function describePoint(x: number, y: number, share: PointShare, g: Gradient): string {
  const r = share.residual;
  const side = r > 0 ? "above the line, so it pulls the line up" : r < 0 ? "below the line, so it pulls the line down" : "on the line";
  return (
    `Point (${formatNumber(x, 2)}, ${formatNumber(y, 2)}) is ${formatNumber(Math.abs(r), 2)} ${side}: ` +
    `it adds ${formatQuantity("grad-m", share.dm)} to ∂L/∂m (of ${formatQuantity("grad-m", g.dm)}) ` +
    `and ${formatQuantity("grad-b", share.db)} to ∂L/∂b (of ${formatQuantity("grad-b", g.db)}).`
  );
}
