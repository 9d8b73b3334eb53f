import type { Metadata } from "next";
import { IssueArchive } from "@/components/issue/issue-archive";
import { listIssueYears, listIssuesOfYear } from "@/lib/issues/issues";

export const revalidate = 3600;
export const metadata: Metadata = { title: "Past issues", alternates: { canonical: "/issues" } };

export default async function IssuesPage() {
  const years = await listIssueYears();
  const year = years[0] ?? new Date().getUTCFullYear();
  return <IssueArchive year={year} years={years} issues={await listIssuesOfYear(year)} />;
}
