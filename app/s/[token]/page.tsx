import type { Metadata } from "next";
import { SharedPage } from "@/components/share/shared-page";
import { peekShare, shareTitle } from "@/lib/shares/queries";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const share = await peekShare((await params).token);
  const robots = { index: false, follow: false };
  if (!share) return { title: "Link no longer active", robots };
  const title = await shareTitle(share.params);
  const description = `${share.frozenAt ? "A frozen" : "A live"} read-only view from Guarantor, the tracker of security guarantees for Ukraine. Every fact cites its source.`;
  return {
    title,
    description,
    robots,
    openGraph: { title: `${title} · Guarantor`, description, type: "article" },
    twitter: { card: "summary_large_image", title: `${title} · Guarantor`, description },
  };
}

export default async function SharePage({ params }: Props) {
  return <SharedPage token={(await params).token} embed={false} />;
}
