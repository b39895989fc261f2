import { feedResponse, parseFeedFile } from "@/lib/feeds/response";

/** /feeds/conditions/us-backstop.atom */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = parseFeedFile((await params).file, /^[a-z0-9-]{1,80}$/);
  return feedResponse(slug ? { kind: "condition", slug } : null);
}
