import { describe, expect, test } from "vitest";
import { choiceAfterToggle, effectiveTheme, parseTheme } from "../../../../src/components/reading/theme.ts";

describe("theme", () => {
  test("parseTheme(stored) takes only light or dark", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("blue")).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
  test("effectiveTheme(choice, systemDark) is the choice, else the system's", () => {
    expect(effectiveTheme(null, true)).toBe("dark");
    expect(effectiveTheme(null, false)).toBe("light");
    expect(effectiveTheme("light", true)).toBe("light");
  });
  test("choiceAfterToggle(shown, systemDark) stores the opposite, or nothing when that is the system's", () => {
    expect(choiceAfterToggle("light", false)).toBe("dark");
    expect(choiceAfterToggle("dark", false)).toBeNull();
    expect(choiceAfterToggle("dark", true)).toBe("light");
    expect(choiceAfterToggle("light", true)).toBeNull();
  });
});
