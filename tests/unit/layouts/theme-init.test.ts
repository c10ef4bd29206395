import { describe, expect, it } from "vitest";
import { themeInitScript } from "../../../src/layouts/theme-init.ts";
import { THEME_KEY, parseTheme } from "../../../src/components/reading/theme.ts";

/** Runs the inline script against a stored value (or a storage that throws) and returns data-theme. */
function run(stored: string | null | Error): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_KEY ? stored : null;
    },
  };
  new Function("localStorage", "document", themeInitScript)(localStorage, { documentElement: { dataset } });
  return dataset["theme"];
}

describe("themeInitScript", () => {
  it("applies exactly the stored choices parseTheme accepts", () => {
    for (const stored of ["light", "dark", null, "", "Dark", "system", "dark "]) {
      expect(run(stored), JSON.stringify(stored)).toBe(parseTheme(stored) ?? undefined);
    }
  });

  it("follows the system when storage is blocked", () => {
    expect(run(new Error("SecurityError"))).toBeUndefined();
  });
});
