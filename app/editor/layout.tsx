import Link from "next/link";
import { SiteShell } from "@/components/layout/site-shell";
import { requestedPath, requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // Pages and actions below check again themselves; this keeps the frame from rendering for others.
  const user = await requirePermission("editor:access", await requestedPath("/editor"));
  const links = [
    { href: "/editor", label: "Articles" },
    { href: "/editor/articles/new", label: "New article" },
    ...(can(user, "taxonomy:manage")
      ? [
          { href: "/editor/topics", label: "Topics" },
          { href: "/editor/tags", label: "Tags" },
          { href: "/editor/issues", label: "Issues" },
        ]
      : []),
  ];
  return (
    <SiteShell>
      <nav aria-label="Newsroom" className="mb-8 border-b border-stone-300 font-sans text-sm">
        <ul className="flex flex-wrap gap-4">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-block py-2 hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </SiteShell>
  );
}
