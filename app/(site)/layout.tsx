import { Masthead } from "@/components/layout/masthead";
import { SiteFooter } from "@/components/layout/site-footer";
import { listTopics } from "@/lib/topics/topics";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
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
