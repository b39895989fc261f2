/** What travels with every download of the dataset. */
export const DATASET_LICENCE =
  "Facts and structure: compiled by Guarantor; reuse them with attribution to Guarantor and to the sources they cite. " +
  "Source texts and quotes remain the work of their publishers and are included so every fact can be checked; " +
  "check each publisher's terms before republishing them.";

export const DATASET_PROVENANCE =
  "Published records only (no drafts, internal notes or edit history). Every fact cites a source and a verbatim quote " +
  "from it. What the sources do not say is null (shown on the site as undisclosed): pledges with no country are " +
  "pledges whose country no source names. Dates are ISO 8601 (YYYY-MM-DD).";

/** What a download holds: the public's files never hold drafts; a signed-in viewer's may. */
export function provenanceFor(visibility: "public" | "internal") {
  if (visibility === "public") return DATASET_PROVENANCE;
  return (
    "Made for a signed-in viewer: published records and drafts (the publication column says which; drafts are not " +
    "public, so do not pass them on). " +
    DATASET_PROVENANCE.replace(
      "Published records only (no drafts, internal notes or edit history). ",
      "No internal notes or edit history. ",
    )
  );
}
