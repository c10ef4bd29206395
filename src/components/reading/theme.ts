/** The two colour themes, and the reader's stored choice (none: follow the system). */
export type Theme = "light" | "dark";

/** Where the reader's explicit choice is kept between visits. */
export const THEME_KEY = "loss-space-theme";

/** parseTheme(stored) is a stored choice if it is one, else null (anything else in storage is ignored). */
export function parseTheme(stored: string | null): Theme | null {
  return stored === "light" || stored === "dark" ? stored : null;
}

/** effectiveTheme(choice, systemDark) is the theme shown: the reader's choice, else the system's. */
export function effectiveTheme(choice: Theme | null, systemDark: boolean): Theme {
  return choice ?? (systemDark ? "dark" : "light");
}

/**
 * choiceAfterToggle(shown, systemDark) is what to store when the reader flips the theme: the opposite
 * of what is shown, or nothing when that opposite is the system's own, so the page follows the system again.
 */
export function choiceAfterToggle(shown: Theme, systemDark: boolean): Theme | null {
  const next: Theme = shown === "dark" ? "light" : "dark";
  return next === (systemDark ? "dark" : "light") ? null : next;
}
