import { SiteShell } from "@/components/layout/site-shell";
import { requirePermission } from "@/lib/auth/current-user";

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // Pages and actions below check again themselves; this keeps the frame from rendering for others.
  await requirePermission("editor:access", "/editor");
  return <SiteShell>{children}</SiteShell>;
}
