import { Masthead } from "@/components/layout/masthead";
import { SiteFooter } from "@/components/layout/site-footer";
import type { Edition } from "@/lib/subscriptions/entitlements";
import { listTopics } from "@/lib/topics/topics";

/**
 * Masthead, main column and footer: the frame of every public and account page. Reader
 * pages pass their edition; other pages leave it to the browser.
 */
export async function SiteShell({
  children,
  edition,
}: {
  children: React.ReactNode;
  edition?: Edition;
}) {
  const topics = await listTopics();
  return (
    <>
      <Masthead topics={topics} edition={edition} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter topics={topics} />
    </>
  );
}
