import { listPublicCountries } from "@/lib/countries/api";
import { countryQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  countryQuerySchema,
  listPublicCountries,
);
