import { Masthead } from "@/components/layout/masthead";
import { SiteFooter } from "@/components/layout/site-footer";
import { listTopics } from "@/lib/topics/topics";

/** Masthead, main column and footer: the frame of every public and account page. */
export async function SiteShell({ children }: { children: React.ReactNode }) {
  const topics = await listTopics();
  return (
    <>
      <Masthead topics={topics} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter topics={topics} />
    </>
  );
}
