import type { Metadata } from "next";
import { getVisibility } from "@/lib/auth/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditLink } from "@/components/auth/editor-only";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { PageHeader } from "@/components/ui/page-header";
import { DOMAINS } from "@/lib/labels";
import { getPledge } from "@/lib/pledges/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pledge = await getPledge((await params).id, { viewer: await getVisibility() });
  return { title: pledge ? `Pledge: ${pledge.description}` : "Pledge not found" };
}

/** One pledge with its status, blockers and quotes: where the explorer's rows lead. */
export default async function PledgePage({ params }: Props) {
  const pledge = await getPledge((await params).id, { viewer: await getVisibility() });
  if (!pledge) notFound();
  const who = pledge.country?.name ?? pledge.pledgerNote ?? "Country not named";
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/pledges">Pledges</Link> /{" "}
            <Link href={`/pledges?domain=${pledge.domain}`}>{DOMAINS[pledge.domain].label}</Link>
          </>
        }
        title={`${who}: ${DOMAINS[pledge.domain].label.toLowerCase()}`}
      >
        {pledge.country ? (
          <>
            Part of{" "}
            <Link href={`/countries/${pledge.country.code}`} className="underline">
              {pledge.country.name}
            </Link>
            &apos;s commitments.
          </>
        ) : (
          <>The sources do not name the pledging country.</>
        )}{" "}
        <EditLink href={`/edit/pledges/${pledge.id}`}>Edit this pledge</EditLink>
      </PageHeader>
      <PledgeCard pledge={pledge} showCountry />
    </>
  );
}
