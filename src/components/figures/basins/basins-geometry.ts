import { inset } from "../geometry.ts";

/** The basins map's viewBox width and height. */
export const MAP_WIDTH = 280;
export const MAP_HEIGHT = 270;
/** Its plot box in the viewBox, inside the axes. */
export const MAP_BOX = inset(MAP_WIDTH, MAP_HEIGHT, { top: 10, right: 8, bottom: 40, left: 42 });
