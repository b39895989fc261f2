import type { Metadata } from "next";
import { EmbedLinks } from "@/components/share/embed-links";
import { SharedPage } from "@/components/share/shared-page";

export const metadata: Metadata = {
  title: "Guarantor (embedded)",
  robots: { index: false, follow: false },
};

/** The one route that may be framed by other sites (see next.config.ts headers). */
export default async function EmbedPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <>
      <EmbedLinks />
      <SharedPage token={(await params).token} embed />
    </>
  );
}
