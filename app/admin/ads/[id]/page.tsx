import type { Metadata } from "next";
import Link from "next/link";
import { AdForm } from "@/components/admin/ad-form";
import { FormMessage, SubmitButton } from "@/components/ui/form-field";
import { adFormValues, getHouseAdForAdmin, listAdImageChoices } from "@/lib/admin/manage-house-ads";
import { requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { orErrorPage } from "@/lib/editor/page-errors";
import { deleteAdAction, saveAdAction, toggleAdAction } from "../actions";

export const metadata: Metadata = { title: "Edit ad", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string; error?: string; confirm?: string }>;
};

export default async function EditAdPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requirePermission("ad:manage", `/admin/ads/${id}`);
  const { notice, error, confirm } = await searchParams;
  const ad = await orErrorPage(getHouseAdForAdmin(db, admin, id));
  const images = await listAdImageChoices(db, admin);
  // The chosen image stays selectable even when it is older than the recent ones listed.
  if (ad.imageId && !images.some((image) => image.id === ad.imageId))
    images.unshift({ id: ad.imageId, label: ad.image?.alt || "The current image" });
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/ads" className="underline underline-offset-4">
          ← All ads
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl font-bold">{ad.name}</h1>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 300)} />
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,32rem)_minmax(0,1fr)]">
        <section aria-labelledby="ad-details">
          <h2 id="ad-details" className="font-serif text-2xl font-bold">
            Details
          </h2>
          {ad.image && (
            // eslint-disable-next-line @next/next/no-img-element -- a stored size of our own image
            <img
              src={`/media/${ad.image.key}/${ad.image.variants.split(",")[0]}.webp`}
              alt={ad.image.alt}
              className="mt-3 h-auto w-48"
            />
          )}
          <div className="mt-3">
            <AdForm
              action={saveAdAction}
              initial={adFormValues(ad)}
              adId={ad.id}
              images={images}
              submitLabel="Save ad"
              idPrefix="ad"
            />
          </div>
        </section>
        <section aria-labelledby="ad-switch" className="space-y-8">
          <div>
            <h2 id="ad-switch" className="font-serif text-2xl font-bold">
              {ad.active ? "On" : "Off"}
            </h2>
            <form action={toggleAdAction} className="mt-3">
              <input type="hidden" name="adId" value={ad.id} />
              <input type="hidden" name="active" value={ad.active ? "false" : "true"} />
              <SubmitButton variant="secondary">
                {ad.active ? "Switch this ad off" : "Switch this ad on"}
              </SubmitButton>
            </form>
          </div>
          <div>
            <h2 className="font-serif text-2xl font-bold">Delete</h2>
            {confirm === "delete" ? (
              <form action={deleteAdAction} className="mt-3 space-y-3 font-sans text-sm">
                <input type="hidden" name="adId" value={ad.id} />
                <p role="alert">
                  Delete “{ad.name}” for good? The audit trail keeps a copy of what it said.
                </p>
                <div className="flex items-center gap-4">
                  <SubmitButton variant="danger">Yes, delete this ad</SubmitButton>
                  <Link href={`/admin/ads/${ad.id}`} className="underline underline-offset-4">
                    Keep it
                  </Link>
                </div>
              </form>
            ) : (
              <p className="mt-3 font-sans text-sm">
                <Link
                  href={`/admin/ads/${ad.id}?confirm=delete`}
                  className="text-red-800 underline underline-offset-4"
                >
                  Delete this ad…
                </Link>
              </p>
            )}
          </div>
        </section>
      </div>
    </>
  );
}
