import type { Model, Scaling, Theta } from "../../engine/index.ts";
import { SCALING_NAME } from "../scaling/names.ts";
import { MINUS, formatLoss, formatNumber, grouped } from "../../format/numbers.ts";
import { aimText, instabilityText, plainSymbol } from "./description.ts";

// The figures' captions, and what a screen reader hears of them (Announcer.svelte): their words come on demand
// (captions-on-demand.svelte.ts), so the first view carries none of them; the server's texts stand until they have come.

/** lineText([m, b]) is "y = −0.30x + 2.50" with two decimals and a typographic minus, as the live numbers print it. */
export function lineText(theta: Theta): string {
  const [m, b] = [theta[0]!, theta[1]!];
  const sign = b < 0 && formatNumber(b, 2) !== "0.00" ? MINUS : "+";
  return `y = ${formatNumber(m, 2)}x ${sign} ${formatNumber(Math.abs(b), 2)}`;
}

/** modelText(model, θ) names the fitted model in words: "the line y = -0.30x + 2.50", or its parameters' values. */
export function modelText(model: Model, theta: Theta): string {
  if (model.drawing === "line") return `the line ${lineText(theta)}`;
  return `the ${model.label.replace(/^an? /, "")} with ${paramsText(model, theta)}`;
}


/** paramsText(model, θ) is "m = 1.38, b = 1.03" (or "ω = 1.62, a = 1.12"): each parameter by its symbol, two decimals. */
export function paramsText(model: Model, theta: Theta): string {
  return model.params.map((p, k) => `${plainSymbol(p.symbol)} = ${formatNumber(theta[k]!, 2)}`).join(", ");
}

/**
 * nextStepText(model, move) says where the next step (the change it makes to each parameter) takes the
 * model: "raises the slope by 0.97 and lowers the intercept by 0.05".
 */
export function nextStepText(model: Model, move: readonly number[]): string {
  if (move.every((d) => formatNumber(d, 2) === "0.00")) return "barely moves: the slope is almost flat here";
  const changes = model.params.map((p, k) => change(p.label, move[k]!));
  return `${changes.slice(0, -1).join(", ")} and ${changes[changes.length - 1]!}`;
}

/** signedText(v) is "+0.80", "−0.05", "0.00": a change with its sign. */
export function signedText(v: number): string {
  const text = formatNumber(v, 2);
  return v > 0 && text !== "0.00" ? `+${text}` : text;
}

function change(name: string, by: number): string {
  const size = formatNumber(Math.abs(by), 2);
  if (size === "0.00") return `keeps the ${name}`;
  return `${by > 0 ? "raises" : "lowers"} the ${name} by ${size}`;
}

/** What a figure's description needs to know, all read from the shared state. */
export interface DescribedState {
  readonly model: Model;
  readonly current: Theta;
  readonly loss: number;
  /** The step the descent takes next (its change to each parameter), or null when there is none. */
  readonly move: readonly number[] | null;
  /** Steps taken to the point drawn: the step, or the last one kept before a divergence. */
  readonly step: number;
  readonly minimum: Theta | null;
  readonly minimumLoss: number | null;
  /** How many valleys the loss has (the bowl's one, or a landscape's several); 1 unless told. */
  readonly valleys?: number;
  readonly n: number;
  /** The divergence message once the step has reached it, else null. */
  readonly divergence: string | null;
  /** Why the descent is heading off, from the step it is first known until it diverges, else null. */
  readonly warning?: string | null;
  /** The angle in degrees between the next step and the straight way to the bottom, or null without one. */
  readonly aim?: number | null;
  /** When x is rescaled: the current model in the data's own units, and how x was rescaled. */
  readonly own?: { readonly theta: Theta; readonly scaling: Scaling } | null;
  /** The share of the points classified rightly, for a model whose points carry a class. */
  readonly accuracy?: number | null;
  /** The two parameters the loss space shows, for a model with more than two; the others are held. */
  readonly plane?: readonly [number, number];
}


/** describeLossSpace(state) is the loss-space figure's text for readers who cannot see it. */
export function describeLossSpace(s: DescribedState): string {
  const here = `${whenText(s.step)}, ${modelText(s.model, s.current)} has loss ${formatLoss(s.loss)}`;
  const several = (s.valleys ?? 1) > 1;
  const where = s.model.statistics?.bowl ? "the bottom of the bowl" : several ? "the lowest of its valleys" : "the lowest point";
  const bottom = s.minimum && s.minimumLoss !== null
    ? `; ${where} is ${formatLoss(s.minimumLoss)}, at ${paramsText(s.model, s.minimum)}`
    : "; this data has no single lowest point";
  if (s.divergence) return `${here}${bottom}. ${s.divergence}`;
  if (s.warning) return `${here}${bottom}. ${s.warning}`;
  if (!s.move) return `${here}${bottom}.`;
  const aim = s.aim === null || s.aim === undefined ? "" : ` It heads ${aimText(s.aim)}° away from the straight way to the bottom.`;
  return `${here}${bottom}. The next step ${nextStepText(s.model, s.move)}.${aim}`;
}


/** describeBriefly(state) is where the descent stands in a few words, for a screen reader to hear while it plays. */
export function describeBriefly(s: DescribedState): string {
  const trouble = s.divergence ? ", and it has diverged" : s.warning ? ", and climbing: the descent is diverging" : "";
  return `${whenText(s.step)}, loss ${formatLoss(s.loss)}${trouble}.`;
}

/** describeDataSpace(state) is the data-space figure's text for readers who cannot see it. */
export function describeDataSpace(s: DescribedState): string {
  const what = s.model.lossName === "mean squared error" ? "mean squared residual" : s.model.lossName;
  const here = `${capitalised(modelText(s.model, s.current))} through ${grouped(s.n)} points has a ${what} (loss) of ${formatLoss(s.loss)}`;
  const own = s.own ? ` In x's own units, before it was ${SCALING_NAME[s.own.scaling]}, that is ${modelText(s.model, s.own.theta)}.` : "";
  const alarm = s.divergence ?? s.warning;
  if (alarm || !s.move) return alarm ? `${here}.${own} ${alarm}` : `${here}.${own}`;
  const next = s.current.map((v, k) => v + s.move![k]!);
  const turned = modelText(s.model, next).replace(/^the line /, "");
  return `${here}.${own} The next step turns it to ${turned}.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** whenText(step) is "At the start", "After 1 step" or "After 12 steps". */
export function whenText(step: number): string {
  return step === 0 ? "At the start" : step === 1 ? "After 1 step" : `After ${grouped(step)} steps`;
}


/**
 * The longest words a divergence can be told in, as long as any reason the engine gives (a unit test holds
 * the engine to it), so a caption keeps room for them before the descent diverges.
 */
export const DIVERGENCE_ROOM =
  "At step 1,000 the loss had grown a million-fold: learning rate 0.888 overshoots the bottom by more each step, and more besides.";

/** A state of model whose descriptions are as long as any reachable one: wide numbers in every place. */
function widest(model: Model): DescribedState {
  const wide = model.params.map(() => -8888.88);
  const labelled = model.data.labelled ? { accuracy: 0.888 } : {};
  return {
    model, current: wide, loss: -8.88e88, move: wide, step: 1000, minimum: wide, minimumLoss: 888888.8, n: 500_000, divergence: null, aim: 178, valleys: model.valleys ? 2 : 1,
    own: model.rescaled ? { theta: wide, scaling: "standardize" } : null, ...labelled, plane: [0, 1],
  };
}

/**
 * captionRoom(describe, model) is the longest text describe can give for model, stepping or diverged: a
 * caption holds room for it, so the player below never moves while the reader steps or plays.
 */
export function captionRoom(describe: (s: DescribedState) => string, model: Model): string {
  const steady = describe(widest(model));
  const diverged = describe({ ...widest(model), divergence: DIVERGENCE_ROOM });
  const warned = describe({ ...widest(model), warning: instabilityText({ step: 1, cause: "rate", limit: 0.8888 }, 0.888) });
  return [steady, diverged, warned].reduce((a, b) => (b.length > a.length ? b : a));
}

