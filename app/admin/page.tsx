import type { Metadata } from "next";
import Link from "next/link";
import { adminOverview } from "@/lib/admin/overview";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="border-t-4 border-stone-900 pt-2">
      <dt className="font-sans text-xs tracking-widest text-stone-600 uppercase">{label}</dt>
      <dd className="font-serif text-4xl font-bold">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}

export default async function AdminHome() {
  const user = await requirePermission("admin:access", "/admin");
  const overview = await adminOverview(db, user);
  const roles = overview.usersByRole;
  const articles = overview.articlesByStatus;
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Admin</h1>
      <section aria-labelledby="people-heading" className="mt-8">
        <h2 id="people-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          People
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
          <Figure label="Readers" value={roles.READER ?? 0} />
          <Figure label="Writers" value={roles.WRITER ?? 0} />
          <Figure label="Editors" value={roles.EDITOR ?? 0} />
          <Figure label="Admins" value={roles.ADMIN ?? 0} />
          <Figure label="Disabled" value={overview.disabled} />
        </dl>
        <p className="mt-4 font-sans text-sm">
          <Link href="/admin/users" className="underline underline-offset-4">
            Manage users and roles
          </Link>
        </p>
      </section>
      <section aria-labelledby="articles-heading" className="mt-10">
        <h2 id="articles-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Articles
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
          <Figure label="Published" value={articles.PUBLISHED ?? 0} />
          <Figure label="In review" value={articles.IN_REVIEW ?? 0} />
          <Figure label="Drafts" value={articles.DRAFT ?? 0} />
          <Figure label="Scheduled" value={articles.SCHEDULED ?? 0} />
          <Figure label="Archived" value={articles.ARCHIVED ?? 0} />
        </dl>
      </section>
    </>
  );
}
