import type { Theta } from "../../engine/index.ts";
import { essay, field, snapField } from "../../state/index.ts";
import { handOnOnDemand } from "../scheduling/hand-on-on-demand.ts";
import { handOnKeys } from "../scheduling/pending-keys.ts";

/**
 * startFor(θ) is the start restartAt(θ) makes of θ (a figure's, in the units the fit uses): in the data's
 * own units, each parameter snapped to its control's quantum (and so within its range).
 */
export function startFor(theta: readonly number[]): Theta {
  return essay.toOwnUnits(theta).map((v, k) => snapField(field(essay.model.params[k]!.key), v));
}

/**
 * restartAt(θ) makes θ (a figure's, in the units the fit uses) the new start at step 0, as startFor(θ): what every
 * figure drag writes. What a key left pending comes first (see handOnKeys), so it never lands on top of θ.
 */
export function restartAt(theta: readonly number[]): void {
  handOnKeys();
  essay.restartAt(startFor(theta));
}

/**
 * pacedStart() paces the keys of a figure's control on the start (the start handle, the data line's handles):
 * key(move, now) shows at once, as `shown` (in the units the fit uses), the start move makes of the one the keys
 * asked for last (else of now), as startFor makes it, and hands it on to the essay in the pacer's run (see
 * handOnOnDemand), so the rest of the figures follow just after the key's own frame; `shown` is null again once
 * it is handed on. prepare and flush are the hand's: as the focus reaches the control, and before a drag or as
 * the focus leaves.
 */
export function pacedStart() {
  let shown = $state.raw<Theta | null>(null);
  const hand = handOnOnDemand((own: Theta) => {
    shown = null;
    essay.restartAt(own);
  });
  return {
    get shown() {
      return shown;
    },
    key(move: (from: Theta) => Theta, now: Theta): void {
      const own = startFor(move(hand.pending ? essay.toFitUnits(hand.pending) : now));
      shown = essay.toFitUnits(own);
      hand.ask(own);
    },
    prepare: hand.prepare,
    flush: hand.flush,
  };
}
