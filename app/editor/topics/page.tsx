import type { Metadata } from "next";
import { EntityForm } from "@/components/ui/entity-form";
import { FormMessage } from "@/components/ui/form-field";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { deleteTopicAction, saveTopicAction } from "./actions";

export const metadata: Metadata = { title: "Topics", robots: { index: false } };

type Props = { searchParams: Promise<{ notice?: string; error?: string }> };

const topicFields = (topic?: {
  name: string;
  slug: string;
  description: string;
  position: number;
}) => [
  { name: "name", label: "Name", defaultValue: topic?.name, maxLength: 60 },
  {
    name: "slug",
    label: "Slug",
    defaultValue: topic?.slug,
    hint: "The address /topics/<slug>; left empty, it is made from the name.",
    maxLength: 80,
  },
  {
    name: "description",
    label: "Description",
    type: "textarea" as const,
    defaultValue: topic?.description,
    maxLength: 500,
  },
  {
    name: "position",
    label: "Position in the masthead",
    type: "number" as const,
    defaultValue: String(topic?.position ?? 0),
  },
];

export default async function TopicsPage({ searchParams }: Props) {
  await requirePermission("taxonomy:manage", "/editor/topics");
  const { notice, error } = await searchParams;
  const topics = await db.topic.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      position: true,
      _count: { select: { articles: true } },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    take: 100,
  });
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Topics</h1>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 200)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="new-topic">
          <h2 id="new-topic" className="font-serif text-2xl font-bold">
            New topic
          </h2>
          <div className="mt-3">
            <EntityForm
              action={saveTopicAction}
              fields={topicFields()}
              submitLabel="Create topic"
              idPrefix="new-topic"
            />
          </div>
        </section>
        <section aria-labelledby="all-topics">
          <h2 id="all-topics" className="font-serif text-2xl font-bold">
            All topics
          </h2>
          <ul className="mt-3 space-y-3">
            {topics.map((topic) => (
              <li key={topic.id} className="border border-stone-300 p-3">
                <details>
                  <summary className="cursor-pointer font-sans font-semibold">
                    {topic.name}{" "}
                    <span className="font-normal text-stone-600">
                      /topics/{topic.slug} · {topic._count.articles} articles
                    </span>
                  </summary>
                  <div className="mt-3">
                    <EntityForm
                      action={saveTopicAction}
                      fields={topicFields(topic)}
                      hidden={{ id: topic.id }}
                      submitLabel={`Save ${topic.name}`}
                      idPrefix={`topic-${topic.id}`}
                    />
                    <form action={deleteTopicAction} className="mt-3 font-sans text-sm">
                      <input type="hidden" name="id" value={topic.id} />
                      <button type="submit" className="text-red-800 underline underline-offset-4">
                        Delete {topic.name} (its articles stay, without a topic)
                      </button>
                    </form>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
