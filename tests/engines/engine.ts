/**
 * One page of the essay in a browser engine other than Chromium, driven through that engine's own
 * automation protocol: Firefox over WebDriver BiDi (firefox.ts), WebKit over WebDriver (webkit.ts).
 * The cross-engine paths (essay-paths.spec.ts) use only this, so each path is written once.
 */

/** The engines the cross-engine suite drives. */
export type EngineName = "firefox" | "webkit";

/** Keys by their W3C names, as a reader presses them. */
export type Key = "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" | "Enter" | "Escape" | "Tab" | "Home" | "End" | "PageUp" | "PageDown";

/** A driven page: navigation, scripts, real input, and what the page reported to its console. */
export interface EnginePage {
  readonly name: EngineName;
  /** The engine and its version, as the engine reports them. */
  readonly version: string;
  /** open(path) loads a path of the site (relative to its root, "./?m=1#one-step") and waits for the load event. */
  open(path: string): Promise<void>;
  /** evaluate(fn, ...args) runs fn in the page (it must use nothing but its arguments) and returns its result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** press(...keys) presses and releases each key in turn, at whatever has the focus. */
  press(...keys: Key[]): Promise<void>;
  /** type(text) types text, character by character, at whatever has the focus. */
  type(text: string): Promise<void>;
  /** click(selector) scrolls the first element matching a CSS selector into view and clicks it with the mouse. */
  click(selector: string): Promise<void>;
  /** screenshot() is a PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** takeProblems() is every console error and warning, uncaught error and refused resource since the last call. */
  takeProblems(): Promise<string[]>;
  /** close() ends the session and the browser. */
  close(): Promise<void>;
}

/** launchEngine(name, baseURL) starts the engine with one page at the given size, for the site at baseURL. */
export async function launchEngine(name: EngineName, baseURL: string, size = { width: 1280, height: 800 }): Promise<EnginePage> {
  if (name === "firefox") return (await import("./firefox.ts")).launchFirefox(baseURL, size);
  return (await import("./webkit.ts")).launchWebKit(baseURL, size);
}
