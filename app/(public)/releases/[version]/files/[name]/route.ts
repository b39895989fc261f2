import { getReleaseFile } from "@/lib/releases/queries";

type Context = { params: Promise<{ version: string; name: string }> };

/** A release's stored file, byte for byte; it never changes, so caches may keep it. */
export async function GET(request: Request, { params }: Context) {
  const { version, name } = await params;
  const file = await getReleaseFile(version, name);
  if (!file) {
    return new Response(
      `No file "${name}" in release "${version}". The release page lists its files.\n`,
      { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } },
    );
  }
  const etag = `"${file.sha256}"`;
  const headers = {
    "Content-Type": file.mediaType,
    "Content-Disposition": `attachment; filename="guarantor-${version}-${file.name}"`,
    "Cache-Control": "public, max-age=31536000, immutable",
    "Access-Control-Allow-Origin": "*",
    ETag: etag,
    Digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.content), { headers });
}
