import { THEME_KEY } from "../components/reading/theme.ts";

/**
 * The script that applies the reader's stored theme choice to <html data-theme>, as source text. The
 * layout puts it inline in <head> (allowed by its hash in the Content Security Policy), so it runs before
 * anything is painted and a stored choice never flashes the system's theme first. It accepts what
 * parseTheme accepts; without a stored choice nothing is set and CSS follows the system. It also marks
 * <html data-scripts="on">: without JavaScript the mark is missing, and CSS hides the controls that could
 * not work (`.interactive-only`), a way the strict policy allows where a <noscript> style would not be.
 */
export const themeInitScript =
  `document.documentElement.dataset.scripts="on";try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
