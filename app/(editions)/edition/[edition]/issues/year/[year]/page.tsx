import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueArchive } from "@/components/issue/issue-archive";
import { listIssueYears, listIssuesOfYear } from "@/lib/issues/issues";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: `Issues of ${year}`, alternates: { canonical: `/issues/year/${year}` } };
}

export default async function IssuesOfYearPage({ params }: Props) {
  const raw = (await params).year;
  const years = await listIssueYears();
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || !years.includes(year)) notFound();
  return <IssueArchive year={year} years={years} issues={await listIssuesOfYear(year)} />;
}
