/** The descent engine: data in, numbers out. It knows nothing of the DOM, Svelte or the page. */
export * from "./types.ts";
export { MAX_SEED, seededRandom } from "./random.ts";
export { DATA_SHAPE, DEFAULT_N, DEFAULT_SEED, MAX_N, generateDataset, datasetFromPoints, pointStream, type PointStream } from "./dataset.ts";
export type {
  Bowl, Constraint, DataFrame, DataSpec, Drawing, LossWindow, Model, ModelId, MutableDataset, ParamSpec, Statistics, Surrogate, Theta, Valley,
} from "./models/types.ts";
export { MODELS, modelFor } from "./models/registry.ts";
export { type ModelCard, type ModelMaths, loadModel, mathsLoaded, onDemand, provideMaths } from "./models/on-demand.ts";
export { line } from "./models/line.ts";
export { WAVE_REACH, WAVE_SHAPE, valleys } from "./models/valleys.ts";
export { CLASS_SHAPE, classifier, sigmoid, softplus } from "./models/classifier.ts";
export type { Optimizer, SettingSpec, Settings, Stepped } from "./optimizers/types.ts";
export { OPTIMIZERS, optimizerFor } from "./optimizers/registry.ts";
export { type Objective, objective } from "./objective.ts";
export { accuracy } from "./accuracy.ts";
export { type SufficientStats, summarize } from "./stats.ts";
export { mse, lossFromStats } from "./loss.ts";
export { gradientFromStats, gradientOver, batchGradient } from "./gradient.ts";
export { leastSquares } from "./fit.ts";
export { type Curvature, curvature } from "./curvature.ts";
export { type LossGrid, type Slice, checkGrid, convexGridMax, fillLossRows, firstTwo, gridLossAt, gridOf, lossGrid, thetaAt } from "./grid.ts";
export { type BatchSampler, batchSampler } from "./sampler.ts";
export { type BatchReplay, batchAt, batchReplay } from "./batch-at.ts";
export {
  type Divergence, type DescentOptions, type Instability, type Trajectory, MAX_STEPS, EXPLODE_FACTOR, RISES, descend, effectiveBatch,
} from "./descent.ts";
export {
  type BasinMap, type BasinRule, type Ending, type Field, DIVERGED, NO_VALLEY, basinMap, fillBasinRows, settle,
} from "./basins.ts";
export { type StepCost, stepCost } from "./cost.ts";
export { type Clock, type Timer, type Timing, median, startTimer, timeIt } from "./timing.ts";
export { type Preset, type PresetId, PRESETS, PRESET_SEED, findPreset, presetData } from "./presets.ts";
export { DOWN_SHARE, stepsDown } from "./race.ts";
export {
  type Scaling, type XTransform, IDENTITY, SCALINGS, applyX, inverse, isIdentity, scaleData, scaleStats, undoX, xTransform,
} from "./scaling.ts";
export { type SliceLine, gapAlongV, pointLine } from "./footprint.ts";
export { aimAngle } from "./aim.ts";
export { SETTLE_TOLERANCE, bestRate, conditionNumber, contraction, stepsToSettle } from "./conditioning.ts";
export { type Outlook, type RescaledFit, outlook, rescaledFit } from "./outlook.ts";
