import type { Method } from "../../engine/index.ts";

/** Each method's colour in every comparison figure: one of the palette's custom properties. */
export const METHOD_COLOR: Readonly<Record<Method, string>> = {
  batch: "var(--c-batch)",
  sgd: "var(--c-sgd)",
  minibatch: "var(--c-minibatch)",
};

/** Each method's short name, as legends and column headers print it. */
export const METHOD_NAME: Readonly<Record<Method, string>> = {
  batch: "full batch",
  sgd: "stochastic",
  minibatch: "mini-batch",
};
