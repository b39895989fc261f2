import { parseQuery } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/http";
import { releaseQuerySchema } from "@/lib/api/query-schemas";
import { dumpChunks } from "@/lib/exports/dump";
import { downloadName, downloadResponse, toByteStream } from "@/lib/exports/stream";
import { releaseDumpResponse } from "@/lib/releases/export";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  const { release } = parseQuery(request, releaseQuerySchema);
  if (release) return releaseDumpResponse(release);
  return downloadResponse(
    toByteStream(dumpChunks()),
    "application/json; charset=utf-8",
    downloadName("dataset", "json"),
  );
});
