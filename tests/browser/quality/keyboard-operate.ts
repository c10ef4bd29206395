import { expect, type Locator, type Page } from "@playwright/test";
import { installHelpers, type Control, type KeyboardHelpers } from "./keyboard-walk.ts";

/** The stop's element on the current page, found by its tag, role, name and occurrence; null if gone. */
async function locate(page: Page, stop: Control): Promise<Locator | null> {
  await installHelpers(page);
  const found = await page.evaluate(({ key, occurrence }) => {
    document.querySelector("[data-kb-target]")?.removeAttribute("data-kb-target");
    const el = (window as unknown as { kb: KeyboardHelpers }).kb.find(key, occurrence);
    el?.setAttribute("data-kb-target", "");
    return el !== null;
  }, stop);
  return found ? page.locator("[data-kb-target]") : null;
}

/** Whether a toggle button is already on, so pressing it again may rightly do nothing. */
function isOn(target: Locator): Promise<boolean> {
  return target.evaluate((el) => ["aria-pressed", "aria-checked", "aria-selected", "aria-current"].some((a) => {
    const v = el.getAttribute(a);
    return v !== null && v !== "false";
  })).catch(() => false);
}

/** Starts counting DOM changes and remembers the URL, so any response to a key press shows. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { kbChanges: number; kbUrl: string; kbObserver?: MutationObserver };
    w.kbObserver?.disconnect();
    w.kbChanges = 0;
    w.kbUrl = location.href;
    w.kbObserver = new MutationObserver((records) => (w.kbChanges += records.filter((r) => r.attributeName !== "data-kb-target").length));
    w.kbObserver.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Whether the page changed (its DOM or its URL) since watch(). */
function responded(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { kbChanges: number; kbUrl: string };
    return w.kbChanges > 0 || location.href !== w.kbUrl;
  });
}

/** The value a slider reports: a range input's value or a role=slider's aria-valuenow. */
function sliderValue(target: Locator): Promise<string | null> {
  return target.evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.getAttribute("aria-valuenow")));
}

/** Every live number and slider value on the page: equal snapshots mean the state is unchanged. */
function stateSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("[data-quantity], [role=slider], input"))
      .map((el) => (el instanceof HTMLInputElement ? `${el.value}/${el.checked}` : `${el.textContent}/${el.getAttribute("aria-valuenow")}`))
      .join("|"),
  );
}

/** Presses key on the focused target and waits for any response; false when nothing happened. */
async function pressAndSee(page: Page, target: Locator, key: string): Promise<boolean> {
  await target.focus({ timeout: 2_000 });
  await watch(page);
  await page.keyboard.press(key);
  try {
    await expect.poll(() => responded(page), { timeout: 2_000 }).toBe(true);
    return true;
  } catch {
    return false;
  }
}

/** What operating a control did: what failed to respond, whether the page is still as it was opened, and whether any key was tried. */
export interface Operated {
  readonly problems: string[];
  readonly pristine: boolean;
  /** False when a toggle was already on, so neither key was pressed: only a page where it is off can tell. */
  readonly tried: boolean;
}

/**
 * operate(page, stop) works one control the way a keyboard user would: sliders take ArrowRight
 * (ArrowLeft at the top of the range) and are put back, buttons take Enter and then Space, checkboxes
 * Space, radios ArrowDown, summaries and same-site links Enter. The page may be as opened or as earlier
 * controls left it; reopen() opens it again when a button needs a second, fresh try.
 */
export async function operate(page: Page, stop: Control, reopen: () => Promise<void>): Promise<Operated> {
  const target = await locate(page, stop);
  if (!target || !(await target.isVisible())) return { problems: [`${stop.label} is gone from the reopened page`], pristine: true, tried: true };
  const fails = (ok: boolean, what: string): string[] => (ok ? [] : [`${stop.label} ${what}`]);
  switch (stop.kind) {
    case "slider": {
      const snapshot = await stateSnapshot(page);
      const before = await sliderValue(target);
      const movedBy = async (key: string) => {
        await target.focus({ timeout: 2_000 });
        // Focus may scroll into a chapter of another model: the figures switch to it in the next frames (as a
        // reader sees the control before pressing a key), and a press before that would be undone by the switch.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
        await page.keyboard.press(key);
        // A loaded machine can take a second or more over the first press in a chapter of another model (its
        // figures are made while the key waits); the poll ends as soon as the value moves.
        return expect.poll(() => sliderValue(target), { timeout: 4_000 }).not.toBe(before).then(() => true, () => false);
      };
      const forward = await movedBy("ArrowRight");
      const moved = forward || (await movedBy("ArrowLeft"));
      // Put it back, so the next control sees the page as opened.
      if (moved) await page.keyboard.press(forward ? "ArrowLeft" : "ArrowRight");
      // A start moved and moved back still rewinds the step, so compare every number, not just this one.
      const restored = moved && (await stateSnapshot(page)) === snapshot;
      return { problems: fails(moved, "did not move with ArrowRight or ArrowLeft"), pristine: restored, tried: true };
    }
    case "button": {
      // A segmented control's chosen button (aria-pressed) may rightly ignore being chosen again.
      const wasOn = await isOn(target);
      const problems = wasOn ? [] : fails(await pressAndSee(page, target, "Enter"), "did nothing on Enter");
      // A button that removed itself (Dismiss) or was redrawn has no Space to test.
      const stillThere = (await target.isVisible().catch(() => false)) && (await target.isEnabled({ timeout: 500 }).catch(() => false));
      if (stillThere && !(await isOn(target)) && !(await pressAndSee(page, target, " ").catch(() => true))) {
        // Pressed twice, a button may rightly show the same thing (Copy link: "Copied"); try Space on a fresh page.
        await reopen();
        const fresh = await locate(page, stop);
        const ok = fresh !== null && ((await isOn(fresh)) || (await pressAndSee(page, fresh, " ").catch(() => false)));
        problems.push(...fails(ok, "did nothing on Space"));
      }
      return { problems, pristine: false, tried: !wasOn };
    }
    case "checkbox":
    case "radio": {
      // Checking is a property, not an attribute, so watch the choice itself (and the page, for its effect).
      const choice = () => page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return `${el?.name}:${el?.value}:${el?.checked}:${el?.getAttribute("aria-checked")}`;
      });
      await target.focus({ timeout: 2_000 });
      const before = await choice();
      const key = stop.kind === "checkbox" ? " " : "ArrowDown";
      const responded = await pressAndSee(page, target, key);
      const changed = responded || (await expect.poll(choice, { timeout: 1_000 }).not.toBe(before).then(() => true, () => false));
      return { problems: fails(changed, stop.kind === "checkbox" ? "did not toggle on Space" : "did not move on ArrowDown"), pristine: false, tried: true };
    }
    case "summary":
      return { problems: fails(await pressAndSee(page, target, "Enter"), "did not open on Enter"), pristine: false, tried: true };
    case "link": {
      const href = (await target.getAttribute("href")) ?? "";
      const sameSite = href.startsWith("#") || href.startsWith("?") || new URL(href, page.url()).origin === new URL(page.url()).origin;
      if (!sameSite) return { problems: [], pristine: true, tried: true };
      const before = page.url();
      const ok = (await pressAndSee(page, target, "Enter").catch(() => false)) || page.url() !== before;
      return { problems: fails(ok, "did not follow its link on Enter"), pristine: false, tried: true };
    }
    default:
      return { problems: [], pristine: true, tried: true };
  }
}
