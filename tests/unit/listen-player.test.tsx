import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListenPlayer } from "@/components/audio/listen-player";
import { LockedListen } from "@/components/audio/locked-listen";

describe("Listen player (server render)", () => {
  it("renders the recording's controls with visible labels and no native controls", () => {
    const html = renderToStaticMarkup(
      <ListenPlayer narrationUrl="/api/articles/a-slug/narration" bodyId="article-body" />,
    );
    expect(html).toContain("Listen to this article");
    expect(html).toContain('src="/api/articles/a-slug/narration"');
    expect(html).not.toContain("controls");
    expect(html).toMatch(/<button[^>]*>Play<\/button>/);
    expect(html).toContain('<span class="font-semibold">Speed</span>');
    expect(html).toContain('<span class="font-semibold">Position</span>');
    for (const rate of ["0.75", "1", "1.25", "1.5", "1.75", "2"])
      expect(html).toContain(`value="${rate}"`);
  });

  it("renders the browser-voice controls without a narration", () => {
    const html = renderToStaticMarkup(<ListenPlayer narrationUrl={null} bodyId="article-body" />);
    expect(html).not.toContain("<audio");
    expect(html).toContain("Read aloud by your browser");
    expect(html).toMatch(/<button[^>]*>Play<\/button>/);
  });

  it("locked: the same header and a link to subscribe, nothing to play", () => {
    const html = renderToStaticMarkup(<LockedListen />);
    expect(html).toContain("Listen to this article");
    expect(html).toMatch(/<a[^>]*href="\/subscribe"[^>]*>Subscribe to listen<\/a>/);
    expect(html).not.toContain("<button");
    expect(html).not.toContain("<audio");
  });
});
