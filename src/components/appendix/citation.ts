import { SOURCE } from "../prose/source.ts";

/** The essay as a work to cite: one place for the page's citation tags, its appendix and its BibTeX. */
export const ESSAY = {
  title: "Loss Space vs Data Space",
  /** What it is, for a citation's note. */
  kind: "An explorable essay on gradient descent",
  /** Its authors as they sign it: the project's maintainers, who publish it without personal names. */
  authors: ["The Loss Space vs Data Space authors"],
  /** When this version was published: [year, month, day]. */
  published: [2026, 12, 6],
  /** The licence of the text and the figures, and of the code. */
  licence: {
    content: { name: "Creative Commons Attribution 4.0 International (CC BY 4.0)", url: "https://creativecommons.org/licenses/by/4.0/" },
    code: { name: "MIT licence", url: "https://opensource.org/license/mit" },
  },
  source: SOURCE,
} as const;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** publishedText() is the publication date as a reader reads it ("6 December 2026"). */
export function publishedText(): string {
  const [year, month, day] = ESSAY.published;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** metaDate() is the publication date as Highwire Press tags write it ("2026/12/06"). */
export function metaDate(): string {
  return ESSAY.published.map((n) => String(n).padStart(2, "0")).join("/");
}

/** plainCitation(url) is the essay cited in plain text; url is the page's address, left out when unknown. */
export function plainCitation(url: string | null): string {
  const where = url ? ` ${url}` : "";
  return `${ESSAY.authors.join(", ")} (${ESSAY.published[0]}). ${ESSAY.title}. ${ESSAY.kind}, published ${publishedText()}.${where}`;
}

/** bibtex(url) is the essay as a BibTeX @misc entry; url is the page's address, left out when unknown. */
export function bibtex(url: string | null): string {
  const [year, month] = ESSAY.published;
  const fields = [
    // Braces around the author keep BibTeX from reading a group's name as a first and last name.
    ["author", `{${ESSAY.authors.join(" and ")}}`],
    ["title", `{${ESSAY.title}}`],
    ["howpublished", ESSAY.kind],
    ["year", String(year)],
    ["month", MONTHS[month - 1]!.slice(0, 3).toLowerCase()],
    ...(url ? [["url", url]] : []),
    ["note", `Text and figures under CC BY 4.0`],
  ];
  const width = Math.max(...fields.map(([k]) => k!.length));
  const body = fields.map(([k, v]) => `  ${k!.padEnd(width)} = ${k === "month" ? v : `{${v}}`}`).join(",\n");
  return `@misc{lossspace${year},\n${body}\n}`;
}
