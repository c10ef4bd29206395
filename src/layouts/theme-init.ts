/**
 * Applies the reader's stored theme choice to <html data-theme> as early as a bundled script can run.
 * Without a stored choice nothing is set and CSS follows the system (color-scheme: light dark).
 */
import { THEME_KEY, parseTheme } from "../components/reading/theme.ts";

try {
  const choice = parseTheme(localStorage.getItem(THEME_KEY));
  if (choice) document.documentElement.dataset.theme = choice;
} catch {
  // Storage blocked: follow the system.
}
