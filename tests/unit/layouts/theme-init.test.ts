import { describe, expect, it } from "vitest";
import { themeInitScript } from "../../../src/layouts/theme-init.ts";
import { THEME_KEY, parseTheme } from "../../../src/components/reading/theme.ts";

/** Runs the inline script against a stored value (or a storage that throws) and returns data-theme. */
function run(stored: string | null | Error): string | undefined {
  return runOn(stored)["theme"];
}

/** Runs the inline script against a stored value and returns every data- attribute it set on <html>. */
function runOn(stored: string | null | Error): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_KEY ? stored : null;
    },
  };
  new Function("localStorage", "document", themeInitScript)(localStorage, { documentElement: { dataset } });
  return dataset;
}

describe("themeInitScript", () => {
  it("applies exactly the stored choices parseTheme accepts", () => {
    for (const stored of ["light", "dark", null, "", "Dark", "system", "dark "]) {
      expect(run(stored), JSON.stringify(stored)).toBe(parseTheme(stored) ?? undefined);
    }
  });

  it("marks the page as running scripts, even when storage is blocked, so CSS can hide what needs them", () => {
    expect(runOn(null)["scripts"]).toBe("on");
    expect(runOn(new Error("SecurityError"))["scripts"]).toBe("on");
  });

  it("follows the system when storage is blocked", () => {
    expect(run(new Error("SecurityError"))).toBeUndefined();
  });
});
