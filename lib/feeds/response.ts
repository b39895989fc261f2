import "server-only";
import { publicOrigin } from "@/lib/site/origin";
import { ATOM_TYPE, atomFeed } from "./atom";
import { feedPaths } from "./links";
import { getFeedTarget, listFeedEntries, type FeedScope } from "./queries";

function feedPath(scope: FeedScope) {
  if (scope.kind === "country") return feedPaths.country(scope.code);
  if (scope.kind === "condition") return feedPaths.condition(scope.slug);
  return feedPaths.all;
}

/** The Atom document for a scope, or a plain 404 when there is nothing to follow there. */
export async function feedResponse(scope: FeedScope | null): Promise<Response> {
  const target = scope && (await getFeedTarget(scope));
  if (!scope || !target) {
    return new Response("No feed here: unknown country or condition.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const id =
    scope.kind === "all"
      ? "urn:guarantor:feed:changes"
      : scope.kind === "country"
        ? `urn:guarantor:feed:country:${scope.code}`
        : `urn:guarantor:feed:condition:${scope.slug}`;
  const body = atomFeed(
    {
      id,
      title: target.title,
      selfPath: feedPath(scope),
      pagePath: target.pagePath,
      origin: await publicOrigin(),
    },
    await listFeedEntries(scope),
  );
  return new Response(body, {
    headers: {
      "Content-Type": ATOM_TYPE,
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** `FR.atom` -> FR; anything else, null (a 404). */
export function parseFeedFile(file: string): string | null {
  return /^(.+)\.atom$/.exec(file)?.[1] ?? null;
}
