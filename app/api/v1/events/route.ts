import { listFromRelease } from "@/lib/releases/api";
import { listPublicEvents } from "@/lib/events/api";
import { eventQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  eventQuerySchema,
  listPublicEvents,
  (release, query, page) => listFromRelease("events", release, query, page),
);
