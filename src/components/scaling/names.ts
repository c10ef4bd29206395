import type { Scaling } from "../../engine/index.ts";

/** What each scaling makes of x, as pickers, headings and axes name it. */
export const SCALING_NAME: Readonly<Record<Scaling, string>> = { none: "as given", center: "centred", standardize: "standardised" };

/** Each scaling as a formula a picker shows beside its name. */
export const SCALING_FORMULA: Readonly<Record<Scaling, string>> = { none: "x", center: "x − x̄", standardize: "(x − x̄) / s" };
