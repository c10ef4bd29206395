/**
 * The controls whose keys asked for a value the pacer has not handed on yet (see handOn). A key is handed on once
 * the page is next idle after its frame, within a frame or only some 100 ms later, and the focus leaving its control
 * hands it on at once; but the reader can act another way meanwhile without the focus leaving it: a press on a
 * figure takes no focus (the contour's, the data line's drag), and Safari's buttons take none either.
 */
export const pendingKeys = new Set<{ flush(): void }>();

/**
 * handOnKeys() hands on at once what any control's keys left pending, before another way of setting the essay builds
 * on it or replaces it (a press or drag on the figures, the player's buttons, Start over, a jump link). The keys came
 * first, so they are applied first and the reader's last action wins: handed on after it, a key's start would
 * overwrite a press on the contour that came later. In the same task, so the keys' value is never drawn in between.
 */
export function handOnKeys(): void {
  for (const hand of pendingKeys) hand.flush();
}
