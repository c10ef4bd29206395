import { RISES, type Instability, type Model, type Scaling } from "../../engine/index.ts";
import { SCALING_NAME } from "../scaling/names.ts";
import { formatNumber, formatQuantity, formatRateLimit, grouped } from "../../format/numbers.ts";
import type { PointShare } from "./points.ts";

// The figures' words the first view needs: their axes, warnings, hints and a picked point's story. Their captions are
// captions.ts, which comes on demand.

const GREEK: Readonly<Record<string, string>> = { alpha: "α", beta: "β", gamma: "γ", theta: "θ", lambda: "λ", mu: "μ", sigma: "σ", omega: "ω" };

/** plainSymbol(tex) is a parameter's TeX symbol as plain text: "\\omega" → "ω", "w_1" → "w1". */
export function plainSymbol(tex: string): string {
  return tex.replace(/\\([a-z]+)/g, (all, name: string) => GREEK[name] ?? all).replace(/[_{}]/g, "");
}

/** axisLabel(spec) is how an axis names a parameter: "slope m", "frequency ω". */
export function axisLabel(spec: { readonly label: string; readonly symbol: string }): string {
  return `${spec.label} ${plainSymbol(spec.symbol)}`;
}

/** scaledAxisLabel(label, scaling) is an axis's label with how x is rescaled: "x (standardised)", "slope m (x centred)". */
export function scaledAxisLabel(label: string, scaling: Scaling): string {
  if (scaling === "none") return label;
  return label === "x" ? `x (${SCALING_NAME[scaling]})` : `${label} (x ${SCALING_NAME[scaling]})`;
}

/** aimText(degrees) is an aim angle as the figures print it: whole degrees. */
export function aimText(degrees: number): string {
  return grouped(Math.round(degrees));
}

/** What the data space says while its points are editable and none is picked (the point editor, DataSpace.Editor). */
export const EDIT_HINT =
  "Drag a point to move it, press on empty space to add one, and Alt- or Shift-click a point (or rest a finger on it) to remove it. " +
  "By keyboard, focus the points: Page Up and Page Down pick one, the arrow keys move it, Delete removes it and A adds a point.";

/**
 * pointHint(shown, n, labelled) invites the reader to pick a point, and says when only a sample's residuals
 * are drawn; a classifier's point tells its class and probability instead of a residual.
 */
export function pointHint(shown: number, n: number, labelled = false): string {
  const hint = labelled ? "to read its class, the probability the model gives it and its pull on the gradient." : "to read its residual and its pull on the gradient.";
  return shown < n
    ? `Residuals are drawn for ${shown} evenly spread points of ${grouped(n)}. Point at one, or focus the points and use the arrow keys, ${hint}`
    : `Point at a data point, or focus the points and use the arrow keys, ${hint}`;
}

/**
 * describePoint(model, x, y, share, gradient) says how far the model misses a point and what that point
 * adds to each part of the gradient (a classifier's point is told by describeClassPoint, in classifier/describe.ts).
 */
export function describePoint(model: Model, x: number, y: number, share: PointShare, g: readonly number[]): string {
  const r = share.residual;
  const curve = model.drawing === "line" ? "line" : "curve";
  const side = r > 0 ? `above the ${curve}, so it pulls the ${curve} up` : r < 0 ? `below the ${curve}, so it pulls the ${curve} down` : `on the ${curve}`;
  const adds = model.params.map((p, k) => `${formatQuantity("grad-m", share.gradient[k]!)} to ∂L/∂${plainSymbol(p.symbol)} (of ${formatQuantity("grad-m", g[k]!)})`);
  return (
    `Point (${formatNumber(x, 2)}, ${formatNumber(y, 2)}) is ${formatNumber(Math.abs(r), 2)} ${side}: ` +
    `it adds ${adds.slice(0, -1).join(", ")} and ${adds[adds.length - 1]!}.`
  );
}

/**
 * instabilityText(instability, lr) tells the reader, in their numbers, that the descent is heading off
 * while its loss is still only climbing: a rate past the bowl's limit, or a loss rising step after step.
 */
export function instabilityText(i: Instability, lr: number): string {
  const rate = formatQuantity("lr", lr);
  if (i.cause === "rate" && i.limit !== null) {
    return `Learning rate ${rate} is past ${limitText(i.limit)}, the most this bowl allows: each step overshoots the bottom by more than the last, so the loss grows without end.`;
  }
  return `From step ${grouped(i.step)} the loss rose step after step, past where it began: learning rate ${rate} looks too large for these steps.`;
}

/** warningFlag(instability, lr) is the same warning short enough to sit over a figure without hiding it. */
export function warningFlag(i: Instability, lr: number): string {
  if (i.cause === "rate" && i.limit !== null) return `Diverging: learning rate ${formatQuantity("lr", lr)} is past this bowl's limit of ${limitText(i.limit)}.`;
  return `Heading off: the loss has risen step after step since step ${grouped(i.step)}.`;
}

/** stoppedFlag(divergedAt, shown) says where a diverged descent's figures stopped: the last step before it ran away. */
export function stoppedFlag(divergedAt: number, shown: number): string {
  return `Diverged at step ${grouped(divergedAt)}: the figures stop at step ${grouped(shown)}, the last before it.`;
}

/** The longest a figure's or the player's flag can be: a room holds it, so its coming and going moves nothing. */
export const FLAG_ROOM = [
  stoppedFlag(1000, 999),
  warningFlag({ step: 1, cause: "rate", limit: 0.8888 }, 0.888),
  warningFlag({ step: 1000, cause: "rising", limit: null }, 0.888),
].reduce((a, b) => (b.length > a.length ? b : a));

/** The limit as the prose prints it (formatRateLimit): rounded down, a decimal finer than the rate, so no rate past it reads as it. */
function limitText(limit: number): string {
  return formatRateLimit(limit);
}

/**
 * isWarned(instability, step, diverged) says whether the reader at this step is told the descent is heading
 * off: from step 1 for a rate past the limit, from the last of the rises for a rising loss, until it diverges.
 */
export function isWarned(i: Instability | null, step: number, diverged: boolean): i is Instability {
  return i !== null && !diverged && step >= (i.cause === "rising" ? i.step + RISES - 1 : i.step);
}

/** warningText(instability, step, diverged, lr) is what the reader at this step is told of a descent heading off, or null. */
export function warningText(i: Instability | null, step: number, diverged: boolean, lr: number): string | null {
  return isWarned(i, step, diverged) ? instabilityText(i, lr) : null;
}

/** readoutRoom(model, hints) is the longest a data-space readout can be: any of the hints (a classifier's point story among them), or a point's story with wide numbers. */
export function readoutRoom(model: Model, hints: readonly string[]): string {
  const wide = model.params.map(() => -8.88e88);
  const texts = [...hints, pointHint(200, 500_000), describePoint(model, -8888.88, -8888.88, { residual: -8888.88, gradient: wide }, wide)];
  return texts.reduce((a, b) => (b.length > a.length ? b : a));
}
