/** The article the essay grows from, as the essay credits it where it first cites it. */
export const SOURCE = {
  title: "Loss Space vs Data Space",
  /** When it was first posted, as a reader reads a date. */
  posted: "8 January 2025",
  /** The interactive demonstration its pictures come from. */
  demo: "interactive-lr",
} as const;
