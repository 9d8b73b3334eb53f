import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeIssueContents, getIssueForEditing, saveIssue } from "@/lib/issues/manage-issues";
import {
  deleteTag,
  deleteTopic,
  listTags,
  saveTag,
  saveTopic,
} from "@/lib/taxonomy/manage-taxonomy";
import { createArticle } from "../factories";
import { createUser } from "./account-helpers";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const unique = () => Math.random().toString(36).slice(2, 8);

describe("topics and tags", () => {
  it("lets an editor create, rename and delete a topic; its articles stay, without a topic", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const name = `Science ${unique()}`;
    const created = await saveTopic(db, editor.actor, {
      values: { name, slug: "", position: "3" },
    });
    expect(created.ok).toBe(true);
    const id = (created as { id: string }).id;
    const topic = await db.topic.findUniqueOrThrow({ where: { id } });
    expect(topic).toMatchObject({ name, slug: name.toLowerCase().replace(" ", "-"), position: 3 });

    const article = await createArticle({ title: `In ${name}`, topicId: id });
    expect(
      (await saveTopic(db, editor.actor, { id, values: { name: "Sciences", slug: topic.slug } }))
        .ok,
    ).toBe(true);
    expect((await db.topic.findUniqueOrThrow({ where: { id } })).name).toBe("Sciences");

    await deleteTopic(db, editor.actor, id);
    expect(await db.topic.findUnique({ where: { id } })).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).topicId).toBeNull();
    const audit = await db.auditEntry.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "topic.create",
      "topic.update",
      "topic.delete",
    ]);
  });

  it("answers a taken slug, a bad slug and an empty name with messages, writing nothing", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const slug = `taken-${unique()}`;
    expect((await saveTopic(db, editor.actor, { values: { name: "First", slug } })).ok).toBe(true);
    const before = await db.topic.count();
    expect(await saveTopic(db, editor.actor, { values: { name: "Second", slug } })).toEqual({
      ok: false,
      errors: { slug: "Another topic already uses this slug." },
    });
    expect(
      await saveTopic(db, editor.actor, { values: { name: "Third", slug: "Not A Slug!" } }),
    ).toMatchObject({
      ok: false,
      errors: { slug: expect.stringContaining("lowercase") },
    });
    expect(await saveTopic(db, editor.actor, { values: { name: "  ", slug: "" } })).toMatchObject({
      ok: false,
      errors: { name: "Give the topic a name." },
    });
    expect(await db.topic.count()).toBe(before);
  });

  it("refuses writers, readers and anonymous visitors", async () => {
    const topicCount = await db.topic.count();
    for (const role of ["READER", "WRITER"] as const) {
      const user = await createUser({ role });
      expect(
        (await refusal(saveTopic(db, user.actor, { values: { name: "Nope", slug: "" } }))).code,
      ).toBe("FORBIDDEN");
      expect(
        (await refusal(saveTag(db, user.actor, { values: { name: "Nope", slug: "" } }))).code,
      ).toBe("FORBIDDEN");
    }
    expect((await refusal(saveTopic(db, null, { values: { name: "Nope", slug: "" } }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await db.topic.count()).toBe(topicCount);
  });

  it("manages tags with search, pagination and unique slugs", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const stem = `zq${unique()}`;
    for (let n = 0; n < 3; n++)
      expect(
        (await saveTag(db, editor.actor, { values: { name: `${stem} ${n}`, slug: "" } })).ok,
      ).toBe(true);
    const found = await listTags(db, editor.actor, { q: stem });
    expect(found.total).toBe(3);
    expect(found.tags.map((tag) => tag.name)).toEqual([`${stem} 0`, `${stem} 1`, `${stem} 2`]);
    expect(await saveTag(db, editor.actor, { values: { name: "Dup", slug: `${stem}-0` } })).toEqual(
      {
        ok: false,
        errors: { slug: "Another tag already uses this slug." },
      },
    );
    await deleteTag(db, editor.actor, found.tags[0]!.id);
    expect((await listTags(db, editor.actor, { q: stem })).total).toBe(2);
    expect((await refusal(deleteTag(db, editor.actor, found.tags[0]!.id))).code).toBe("NOT_FOUND");
  });
});

describe("magazine issues", () => {
  // Each issue its own number: random ones collided now and then (volume and number are
  // unique together), failing a test that had nothing to do with numbering.
  let lastNumber = 0;
  const values = (overrides: Record<string, unknown> = {}) => ({
    title: "The Water Issue",
    slug: "",
    volume: "40",
    number: String((lastNumber += 1)),
    publishedOn: "2026-11-28",
    description: "",
    published: true,
    ...overrides,
  });

  it("creates an issue addressed by its date and refuses a duplicate volume and number", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const first = values({ publishedOn: "2031-01-15" });
    const created = await saveIssue(db, editor.actor, { values: first });
    expect(created.ok).toBe(true);
    const issue = await db.magazineIssue.findUniqueOrThrow({
      where: { id: (created as { id: string }).id },
    });
    expect(issue).toMatchObject({ slug: "2031-01-15", volume: 40, published: true });
    expect(issue.publishedOn.toISOString()).toBe("2031-01-15T00:00:00.000Z");
    expect(
      await saveIssue(db, editor.actor, { values: { ...first, slug: "another-slug" } }),
    ).toEqual({
      ok: false,
      errors: { number: "An issue with this volume and number already exists." },
    });
    expect(
      await saveIssue(db, editor.actor, { values: values({ volume: "x", publishedOn: "soon" }) }),
    ).toMatchObject({
      ok: false,
      errors: { volume: expect.any(String), publishedOn: "Choose the issue's date." },
    });
  });

  it("orders the contents: add at the end, move up and down, remove", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const created = await saveIssue(db, editor.actor, {
      values: values({ publishedOn: "2032-02-01" }),
    });
    const issueId = (created as { id: string }).id;
    const [a, b, c] = await Promise.all(
      ["Alpha", "Beta", "Gamma"].map((title) => createArticle({ title: `${title} ${unique()}` })),
    );
    for (const article of [a!, b!, c!])
      await changeIssueContents(db, editor.actor, { issueId, articleId: article.id, op: "add" });
    const order = async () =>
      (await getIssueForEditing(db, editor.actor, issueId)).issue.articles.map((x) => x.id);
    expect(await order()).toEqual([a!.id, b!.id, c!.id]);
    await changeIssueContents(db, editor.actor, { issueId, articleId: c!.id, op: "up" });
    expect(await order()).toEqual([a!.id, c!.id, b!.id]);
    await changeIssueContents(db, editor.actor, { issueId, articleId: a!.id, op: "down" });
    expect(await order()).toEqual([c!.id, a!.id, b!.id]);
    // Moving the first one up changes nothing.
    await changeIssueContents(db, editor.actor, { issueId, articleId: c!.id, op: "up" });
    expect(await order()).toEqual([c!.id, a!.id, b!.id]);
    await changeIssueContents(db, editor.actor, { issueId, articleId: a!.id, op: "remove" });
    expect(await order()).toEqual([c!.id, b!.id]);
    const positions = await db.article.findMany({
      where: { id: { in: [a!.id, b!.id, c!.id] } },
      select: { id: true, issueId: true, issuePosition: true },
    });
    expect(positions.find((p) => p.id === a!.id)).toMatchObject({
      issueId: null,
      issuePosition: null,
    });
    expect(positions.find((p) => p.id === c!.id)).toMatchObject({ issueId, issuePosition: 1 });
    expect(positions.find((p) => p.id === b!.id)).toMatchObject({ issueId, issuePosition: 2 });
  });

  it("will not take an article that is in another issue, and refuses non-editors", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const writer = await createUser({ role: "WRITER" });
    const one = (await saveIssue(db, editor.actor, {
      values: values({ publishedOn: "2033-03-01" }),
    })) as { id: string };
    const two = (await saveIssue(db, editor.actor, {
      values: values({ publishedOn: "2033-04-01" }),
    })) as { id: string };
    const article = await createArticle({ title: `Contested ${unique()}` });
    await changeIssueContents(db, editor.actor, {
      issueId: one.id,
      articleId: article.id,
      op: "add",
    });
    expect(
      (
        await refusal(
          changeIssueContents(db, editor.actor, {
            issueId: two.id,
            articleId: article.id,
            op: "add",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(
      (
        await refusal(
          changeIssueContents(db, writer.actor, {
            issueId: one.id,
            articleId: article.id,
            op: "remove",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).issueId).toBe(
      one.id,
    );
  });
});
