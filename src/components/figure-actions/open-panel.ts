import { mount, unmount } from "svelte";
import Panel from "./FigureActions.Panel.svelte";

/** What a figure's actions are about: its data-figure name and what the reader calls it. */
export interface FigureNames {
  readonly figure: string;
  readonly label: string;
}

// The panel open under each trigger, to close it again.
const open = new Map<HTMLButtonElement, ReturnType<typeof mount>>();

/**
 * togglePanel(trigger, names) opens the figure's actions panel under its trigger (FigureActions.svelte), or
 * closes it when it is open. Loaded with the panel on the first press. Browser only.
 */
export function togglePanel(trigger: HTMLButtonElement, names: FigureNames): void {
  if (open.has(trigger)) {
    closePanel(trigger, false);
    return;
  }
  const root = trigger.parentElement!;
  const status = root.querySelector<HTMLElement>("[role='status']");
  const id = `${names.figure}-actions-panel`;
  const panel = mount(Panel, {
    target: root,
    ...(status ? { anchor: status } : {}),
    props: {
      id, figure: names.figure, label: names.label,
      onclose: () => closePanel(trigger, true),
      say: (text: string) => { if (status) status.textContent = text; },
    },
  });
  open.set(trigger, panel);
  trigger.setAttribute("aria-expanded", "true");
  trigger.setAttribute("aria-controls", id);
}

/** closePanel(trigger, refocus) removes the trigger's panel, handing the focus back to the trigger when asked. */
function closePanel(trigger: HTMLButtonElement, refocus: boolean): void {
  const panel = open.get(trigger);
  if (!panel) return;
  open.delete(trigger);
  void unmount(panel);
  trigger.setAttribute("aria-expanded", "false");
  trigger.removeAttribute("aria-controls");
  if (refocus) trigger.focus();
}
