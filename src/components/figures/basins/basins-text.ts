import { DIVERGED, MAX_STEPS, NO_VALLEY, type Model, type Optimizer, type Settings, type Valley } from "../../../engine/index.ts";
import { formatLoss, formatNumber, formatQuantity, grouped } from "../../../format/numbers.ts";
import { plainSymbol } from "../description.ts";

/** methodText(optimizer, settings, lr) says how every descent of the map steps: "plain gradient descent at learning rate 0.2". */
export function methodText(optimizer: Optimizer, settings: Settings, lr: number): string {
  // A setting's symbol is the last word of its label ("momentum β" → β).
  const extra = optimizer.settings.map((s) => `${s.label.split(" ").pop()} = ${String(settings[s.key] ?? s.default)}`);
  return `${optimizer.label}${extra.length ? ` (${extra.join(", ")})` : ""} at learning rate ${formatQuantity("lr", lr)}`;
}

/** valleyName(k) is "valley 1": valleys are numbered from the lowest. */
export function valleyName(k: number): string {
  return `valley ${k + 1}`;
}

/** placeText(model, θ) is "ω 1.62, a 1.12": a place in the loss space, by the model's parameter symbols. */
export function placeText(model: Model, theta: readonly number[]): string {
  return model.params.map((p, k) => `${plainSymbol(p.symbol)} ${formatNumber(theta[k]!, 2)}`).join(", ");
}

/** endText(code, valleys) says where a descent ends: "valley 3 (loss 0.633)", "valley 1, the lowest (loss 0.186)", or why none. */
export function endText(code: number, valleys: readonly Valley[]): string {
  if (code === DIVERGED) return "nowhere: the descent diverges";
  const v = code === NO_VALLEY ? undefined : valleys[code];
  if (!v) return `no valley within ${grouped(MAX_STEPS)} steps`;
  return `${valleyName(code)}${code === 0 && valleys.length > 1 ? ", the lowest" : ""} (loss ${formatLoss(v.loss)})`;
}

/** shareText(share) is "31%" (or "under 1%" for a sliver, so no basin on the map reads as none). */
export function shareText(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? "under 1%" : `${percent}%`;
}
