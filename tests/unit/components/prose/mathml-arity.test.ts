import { expect, test } from "vitest";
import { mathmlArityProblems } from "../../../../src/components/prose/mathml-arity.ts";

test("mathmlArityProblems(mathml) is empty for scripts and fractions with the right number of children", () => {
  expect(mathmlArityProblems("<math><mrow><msub><mi>x</mi><mrow><mi>a</mi><mi>b</mi></mrow></msub><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow></math>")).toEqual([]);
  expect(mathmlArityProblems('<math><msubsup><mo>∑</mo><mi>i</mi><mi>n</mi></msubsup><mspace width="1em"/></math>')).toEqual([]);
});

test("mathmlArityProblems(mathml) names each script or fraction with too many or too few children", () => {
  expect(mathmlArityProblems("<math><msub><mi>λ</mi><mi>max</mi><mo>⁡</mo></msub><mfrac><mn>1</mn></mfrac></math>")).toEqual([
    "<msub> has 3 children, not 2",
    "<mfrac> has 1 child, not 2",
  ]);
});

test("mathmlArityProblems(mathml) counts a self-closing child once and text not at all", () => {
  expect(mathmlArityProblems('<math><msup><mi>x</mi><mspace width="1em"/></msup><mover><mi>y</mi>text<mo>^</mo></mover></math>')).toEqual([]);
});
