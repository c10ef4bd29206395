/**
 * The islands the essay's first view hydrates, from one module. The page and the chapters import them
 * from here, so the build gives them all one client entry (component-export picks each) instead of a file
 * apiece; the islands further down the essay come from islands-later.ts, loaded as the reader nears them.
 * Being that entry, it also starts the essay: in the browser this runs once, after every island's code
 * has loaded and before any of them hydrates, so none renders a state the link is about to replace (its top-level
 * awaits hold every island's hydration, which is why astro.config.mjs keeps it a file of its own).
 */
import { startEssay } from "../state/start.ts";
import { codecForLink } from "../state/data-codec-on-demand.ts";
import { modelForLink } from "../state/models-ready.svelte.ts";
import { laterPartsOnDemand } from "./figures/later-parts-on-demand.svelte.ts";
import { liveValuesForLink } from "./prose/live-values-on-demand.svelte.ts";
import { captionsForLink } from "./figures/captions-on-demand.svelte.ts";
import { noticesForLink } from "./notices-on-demand.svelte.ts";
export { default as EssayWiring } from "./EssayWiring.svelte";
export { default as NoticeBanner } from "./NoticeBanner.svelte";
export { default as ReadingBar } from "./reading/ReadingBar.svelte";
export { default as EssayPlayer } from "./reading/EssayPlayer.svelte";
export { default as StepPlayer } from "./reading/StepPlayer.svelte";
export { default as TwoSpacesLoss } from "./figures/two-spaces/TwoSpaces.Loss.svelte";
export { default as TwoSpacesData } from "./figures/two-spaces/TwoSpaces.Data.svelte";
export { default as TwoSpacesCurve } from "./figures/two-spaces/TwoSpaces.Curve.svelte";

if (typeof window !== "undefined") {
  // A link with the reader's own points needs their codec before it is read, and a link of a model other than the line
  // that model's maths (the others' come with the islands further down); any other link does without either. A link
  // that sets anything has the prose's numbers written as the page hydrates, so their maths comes first too (on a
  // plain link the server's texts are the state's, and it comes as they near the screen: LiveMath.svelte). So do the
  // figures' captions, for a link that opens at a chapter too (its scene may change the model as the page opens).
  const { search, hash } = window.location;
  await Promise.all([codecForLink(search), modelForLink(search), liveValuesForLink(search), captionsForLink(search, hash)]);
  startEssay();
  // The figures' later parts come at idle with the islands further down, or once the state asks for them; when the
  // link just read asks already (a classifier, a sampled method, a dense cloud), no island hydrates until they have.
  // Nor, when the codec corrected it, until the notice banner's words have come.
  await Promise.all([laterPartsOnDemand(true), noticesForLink()]);
}
