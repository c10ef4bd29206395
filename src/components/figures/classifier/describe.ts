import type { Model, Theta } from "../../../engine/index.ts";
import { MINUS, formatLoss, formatNumber, formatQuantity, grouped, percent } from "../../../format/numbers.ts";
import { signedText, whenText, type DescribedState } from "../captions.ts";
import type { PointShare } from "../points.ts";

// The classifier's figures in words (description.ts has the rest): loaded with its figure parts (parts.ts).

/**
 * boundaryText(model, θ) is a straight boundary's equation as the live numbers print it, in the data's own
 * names: "−1.00·x1 + 1.50·x2 + 0.50 = 0".
 */
export function boundaryText(model: Model, theta: Theta): string {
  const [a, b, k] = model.logOdds!(theta);
  const [x, y] = model.data.columns;
  const signed = (v: number) => `${v < 0 && formatNumber(v, 2) !== "0.00" ? MINUS : "+"} ${formatNumber(Math.abs(v), 2)}`;
  return `${formatNumber(a, 2)}·${x} ${signed(b)}·${y} ${signed(k)} = 0`;
}

/**
 * describeVolume(state) is a loss space of more than two parameters in words, kept as short as the line's: the parameters as one
 * tuple, "(w1, w2, c) = (−1.00, 1.50, 0.50)", the plane shown, the lowest point and the next step.
 */
export function describeVolume(s: DescribedState): string {
  const keys = `(${s.model.params.map((p) => p.key).join(", ")})`;
  const tuple = (v: readonly number[], show = (x: number) => formatNumber(x, 2)) => `(${v.map(show).join(", ")})`;
  const here = `${whenText(s.step)}, ${keys} = ${tuple(s.current)} gives loss ${formatLoss(s.loss)}${planeText(s)}`;
  const bottom = s.minimum && s.minimumLoss !== null
    ? `; the lowest point, ${formatLoss(s.minimumLoss)}, is at ${tuple(s.minimum)}`
    : "; this data has no single lowest point";
  const alarm = s.divergence ?? s.warning;
  if (alarm) return `${here}${bottom}. ${alarm}`;
  return s.move ? `${here}${bottom}. The next step moves them by ${tuple(s.move, signedText)}.` : `${here}${bottom}.`;
}

/** planeText(state) says where the plane shown of a loss space of more than two parameters holds the others: ", in the plane c = 0.50". */
function planeText(s: DescribedState): string {
  if (!s.plane) return "";
  const held = s.model.params.flatMap((p, k) => (s.plane!.includes(k) ? [] : [`${p.key} = ${formatNumber(s.current[k]!, 2)}`]));
  return `, in the plane ${held.join(", ")}`;
}

/** describeBoundary(state) is the data space of a classifier in words: its boundary, how many points it gets right, and its loss. */
export function describeBoundary(s: DescribedState): string {
  const right = s.accuracy == null ? `splits ${grouped(s.n)} points` : `gets ${grouped(Math.round(s.accuracy * s.n))} of ${grouped(s.n)} points (${percent(s.accuracy)}) right`;
  const here = `The boundary ${boundaryText(s.model, s.current)} ${right}, with a ${s.model.lossName} (loss) of ${formatLoss(s.loss)}`;
  const alarm = s.divergence ?? s.warning;
  if (alarm || !s.move) return alarm ? `${here}. ${alarm}` : `${here}.`;
  return `${here}. The next step moves it to ${boundaryText(s.model, s.current.map((v, k) => v + s.move![k]!))}.`;
}

/** describeClassPoint(model, x, y, label, share) is a classifier's point in words: its class, the probability the model gives that class, and its pull on the gradient. */
export function describeClassPoint(model: Model, x: number, y: number, label: number, share: PointShare): string {
  // The residual is label − P(class 1), so the probability of the point's own class is 1 − |residual|.
  const own = 1 - Math.abs(share.residual);
  const keys = model.params.map((p) => p.key).join(", ");
  const pull = share.gradient.map((v) => formatQuantity("grad-m", v)).join(", ");
  return (
    `Point (${formatNumber(x, 2)}, ${formatNumber(y, 2)}) is in class ${label}, which the model gives a probability of ${formatNumber(own, 2)}` +
    `${own < 0.5 ? ", so it is on the wrong side" : ""}; its part of the gradient in (${keys}) is (${pull}).`
  );
}

/** classPointRoom(model) is the longest a classifier's point story can be, with wide numbers: room the readout holds. */
export function classPointRoom(model: Model): string {
  const wide = model.params.map(() => -8.88e88);
  return describeClassPoint(model, -8888.88, -8888.88, 1, { residual: -0.888, gradient: wide });
}

