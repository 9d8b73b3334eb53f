import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: "The Meridian", template: "%s · The Meridian" },
  description:
    "An independent magazine of long-form reporting on politics, finance, foreign affairs, the environment, culture and technology.",
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "The Meridian" }] } },
  openGraph: { siteName: "The Meridian", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
