import { getFromRelease } from "@/lib/releases/api";
import { getPublicEvent } from "@/lib/events/api";
import { pathSchemas } from "@/lib/api/query-schemas";
import { itemRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = itemRoute(
  "id",
  pathSchemas.id,
  getPublicEvent,
  "Event",
  (release, key) => getFromRelease("events", release, key, "Event"),
);
