/** How often, at most, a playing descent is told to a screen reader: time to hear a short sentence, then a pause. */
export const PLAY_PACE_MS = 3000;

/** How long a change must rest before it is told, so a held key or a scrub is read once, where it stops. */
export const SETTLE_MS = 400;

/**
 * announceDelay(now, lastSaid, playing, stopped) is how long to wait before telling the state: at once when
 * play has just stopped, after a pause since the last telling while playing, else once changes settle.
 */
export function announceDelay(now: number, lastSaid: number, playing: boolean, stopped: boolean): number {
  if (stopped) return 0;
  return playing ? Math.max(0, lastSaid + PLAY_PACE_MS - now) : SETTLE_MS;
}
