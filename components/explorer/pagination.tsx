"use client";
import { StateLink } from "@/components/explorer/state-link";
import { PageNav } from "@/components/ui/page-nav";

/** The explorer's pages: links that change only `page` in the URL state. */
export function Pagination(props: {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
}) {
  return (
    <PageNav
      {...props}
      link={(page, label, linkProps) => (
        <StateLink patch={{ page }} {...linkProps}>
          {label}
        </StateLink>
      )}
    />
  );
}
