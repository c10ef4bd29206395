/** The parts of the shared figures loaded after the first view (later-parts.ts), as the figures receive them. */
export type LaterParts = typeof import("./later-parts.ts");

let parts = $state.raw<LaterParts | null>(null);

/**
 * laterParts() is the figures' later parts (later-parts.ts: the classifier's, the point editor) once they
 * have come, else null: a figure draws what needs them only then. They come with the chunk of the islands
 * further down, which the page loads at idle (islands-later.ts hands them over), so the first view never
 * carries them and a figure never asks the network for them itself.
 */
export function laterParts(): LaterParts | null {
  return parts;
}

/** provideLaterParts(parts) hands the figures their later parts: the later chunk's one call, on loading. */
export function provideLaterParts(loaded: LaterParts): void {
  parts = loaded;
}
