/**
 * How many children each MathML element of fixed arity takes (MathML Core): a script or a fraction
 * with any other count is invalid markup, which Firefox reports in the console and draws as an error.
 */
const ARITY: Readonly<Record<string, number>> = {
  mfrac: 2, mroot: 2, msub: 2, msup: 2, munder: 2, mover: 2, msubsup: 3, munderover: 3,
};

const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*?)?(\/?)>/g;

/**
 * mathmlArityProblems(mathml) lists each element of some well-formed MathML whose number of element
 * children is wrong for its kind, as "<msub> has 3 children, not 2". Empty when every count is right.
 */
export function mathmlArityProblems(mathml: string): string[] {
  const problems: string[] = [];
  const open: { name: string; children: number }[] = [];
  for (const [, closing, name = "", selfClosing] of mathml.matchAll(TAG)) {
    if (closing) {
      const element = open.pop();
      const wanted = element && ARITY[element.name];
      if (element && wanted !== undefined && element.children !== wanted) {
        problems.push(`<${element.name}> has ${element.children} child${element.children === 1 ? "" : "ren"}, not ${wanted}`);
      }
      continue;
    }
    const parent = open.at(-1);
    if (parent) parent.children++;
    if (!selfClosing) open.push({ name, children: 0 });
  }
  return problems;
}
