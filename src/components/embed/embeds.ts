/**
 * The figures a page elsewhere can embed, one entry each: its page (embed/<id>/), the title an iframe of it
 * carries for screen readers, a height that shows it whole in a column of a course page, and the chapter
 * where it lives in the essay, for the embed's link back. Pure data, shared by the pages, the snippet and
 * the essay's "Copy embed code" buttons.
 */
export interface EmbedFigure {
  /** The page's name under embed/, and the figure's data-figure in the essay. */
  readonly id: string;
  /** What the iframe shows, said to a screen reader (its title) and on the page. */
  readonly title: string;
  /** The iframe's height in CSS pixels: the page whole (figure, controls, link back) at a column's width of 640 px, none scrolled. */
  readonly height: number;
  /** The anchor of the chapter that holds the figure. */
  readonly chapter: string;
  /** The model the figure is of, when it is of one only (the basins map is of the wave). */
  readonly model?: string;
}

/** Every embeddable figure, in the essay's order. */
export const EMBEDS = [
  { id: "loss-space", title: "The loss space: every slope and intercept, and its loss", height: 980, chapter: "landscape" },
  { id: "data-space", title: "The data space: the points and the line through them", height: 1000, chapter: "two-spaces" },
  { id: "comparison", title: "Full batch against stochastic descent, on the same points", height: 1830, chapter: "full-batch" },
  { id: "basins", title: "Many valleys: where descent ends from every start", height: 1100, chapter: "many-valleys", model: "valleys" },
] as const satisfies readonly EmbedFigure[];

/** The name of an embeddable figure. */
export type EmbedId = (typeof EMBEDS)[number]["id"];

/** embedFigure(id) is the embeddable figure of that name, or undefined. */
export function embedFigure(id: string): EmbedFigure | undefined {
  return EMBEDS.find((e) => e.id === id);
}
