import { parseQuery } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/query-schemas";
import { dumpChunks } from "@/lib/exports/dump";
import { downloadName, downloadResponse, toByteStream } from "@/lib/exports/stream";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  parseQuery(request, noQuerySchema);
  return downloadResponse(
    toByteStream(dumpChunks()),
    "application/json; charset=utf-8",
    downloadName("dataset", "json"),
  );
});
