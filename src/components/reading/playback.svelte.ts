/**
 * Whether any step player is playing. Each player WRITES its own part (by its id); the figures' announcer
 * only READS `playing`, to tell screen readers the state at a listening pace while the steps run by.
 */
class Playback {
  #players = $state<ReadonlySet<string>>(new Set());

  /** True while at least one player is playing. */
  get playing(): boolean {
    return this.#players.size > 0;
  }

  /** Says whether the player with this id is playing. */
  set(id: string, on: boolean): void {
    if (this.#players.has(id) === on) return;
    const next = new Set(this.#players);
    if (on) next.add(id);
    else next.delete(id);
    this.#players = next;
  }
}

/** The page's one playback state. */
export const playback = new Playback();
