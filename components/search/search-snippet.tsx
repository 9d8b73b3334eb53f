import { HIT_END, HIT_START } from "@/lib/search/search-constants";

/** Renders an FTS snippet as text with the matched words in <mark>; never as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(HIT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>;
        const [hit = "", rest = ""] = part.split(HIT_END);
        return (
          <span key={index}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
