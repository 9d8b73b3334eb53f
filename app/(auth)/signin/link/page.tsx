import type { Metadata } from "next";
import { MagicLinkSignIn } from "@/components/account/magic-link-sign-in";

export const metadata: Metadata = { title: "Sign in with your link", robots: { index: false } };

export default async function MagicLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const token = (await searchParams).token ?? "";
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Sign in with your link</h1>
      <MagicLinkSignIn token={token} />
    </>
  );
}
