import { SiteShell } from "@/components/layout/site-shell";
import { editionOfParams, type EditionParams } from "@/lib/editions/edition-params";
import { EDITIONS } from "@/lib/editions/edition-routes.mjs";

// The reader pages, once per edition (lib/editions/edition-routes.mjs): proxy.ts rewrites
// /articles/… to /edition/<edition>/articles/…. Each edition is rendered without knowing
// who reads it, cached, and shared by everyone given that edition.
export const generateStaticParams = async () => EDITIONS.map((edition) => ({ edition }));

export default async function EditionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: EditionParams;
}) {
  return <SiteShell edition={await editionOfParams(params)}>{children}</SiteShell>;
}
