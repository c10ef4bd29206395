import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, escapeAttribute, essayUrl } from "../../../../src/components/embed/snippet.ts";
import { EMBEDS, embedFigure } from "../../../../src/components/embed/embeds.ts";

const lossSpace = embedFigure("loss-space")!;

describe("embedUrl", () => {
  it("is the figure's page under the essay's base, at the state's query", () => {
    expect(embedUrl({ origin: "https://example.org", base: "/" }, lossSpace, "?m=1&b=2")).toBe("https://example.org/embed/loss-space/?m=1&b=2");
    expect(embedUrl({ origin: "https://example.org", base: "/essays/loss-space/" }, lossSpace, "m=1")).toBe(
      "https://example.org/essays/loss-space/embed/loss-space/?m=1",
    );
  });
  it("leaves the query out for the article's state, and adds the base's missing slash", () => {
    expect(embedUrl({ origin: "http://127.0.0.1:4321", base: "/essays/loss-space" }, lossSpace, "")).toBe(
      "http://127.0.0.1:4321/essays/loss-space/embed/loss-space/",
    );
    expect(embedUrl({ origin: "http://h", base: "/" }, lossSpace, "?")).toBe("http://h/embed/loss-space/");
  });
});

describe("essayUrl", () => {
  it("opens the essay at the same query and at the figure's chapter", () => {
    expect(essayUrl("/", "?m=1.1&step=2", "landscape")).toBe("/?m=1.1&step=2#landscape");
    expect(essayUrl("/essays/loss-space/", "", "many-valleys")).toBe("/essays/loss-space/#many-valleys");
  });
});

describe("embedSnippet", () => {
  it("is one iframe with the absolute address, a title, the whole width, the figure's height, lazy and borderless", () => {
    const html = embedSnippet({ origin: "https://example.org", base: "/essays/loss-space/" }, lossSpace, "?m=1&b=2&data=v1.abc");
    expect(html).toBe(
      `<iframe src="https://example.org/essays/loss-space/embed/loss-space/?m=1&amp;b=2&amp;data=v1.abc" title="${lossSpace.title}" ` +
        `width="100%" height="${lossSpace.height}" loading="lazy" style="border:0"></iframe>`,
    );
  });
  it("parses back to the same address and title in a document", () => {
    const html = embedSnippet({ origin: "https://example.org", base: "/" }, lossSpace, "?m=-0.3&model=valleys");
    const src = /src="([^"]*)"/.exec(html)![1]!.replaceAll("&amp;", "&");
    expect(new URL(src).search).toBe("?m=-0.3&model=valleys");
  });
  it("escapes what could end an attribute", () => {
    expect(escapeAttribute(`a "b" <c> & d`)).toBe("a &quot;b&quot; &lt;c&gt; &amp; d");
    const html = embedSnippet({ origin: "https://example.org", base: "/" }, { ...lossSpace, title: `Say "hi"` }, "");
    expect(html).toContain(`title="Say &quot;hi&quot;"`);
  });
});

describe("EMBEDS", () => {
  it("names each figure once, with a title, a height a column can hold and a chapter", () => {
    expect(new Set(EMBEDS.map((e) => e.id)).size).toBe(EMBEDS.length);
    for (const e of EMBEDS) {
      expect(e.title.length).toBeGreaterThan(10);
      expect(e.height).toBeGreaterThanOrEqual(400);
      expect(e.height).toBeLessThanOrEqual(2000);
      expect(e.chapter).toMatch(/^[a-z-]+$/);
    }
    expect(embedFigure("nothing")).toBeUndefined();
  });
});

describe("EMBEDS' chapters", () => {
  it("are chapters of the essay", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../../../content/chapters/", import.meta.url);
    const anchors = readdirSync(dir).filter((f) => f.endsWith(".mdx")).map((f) => /^anchor:\s*(\S+)/m.exec(readFileSync(new URL(f, dir), "utf8"))?.[1]);
    for (const e of EMBEDS) expect(anchors, `${e.id}'s chapter`).toContain(e.chapter);
  });
});
