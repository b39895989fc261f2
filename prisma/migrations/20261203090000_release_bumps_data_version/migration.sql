-- Publishing a release changes /releases (and, for the signed-in reader who published
-- it, every cached page of theirs that lists releases), but Release was not among the
-- tables that move the data version: cached views kept the old list until the next
-- edit. Releases are append-only (Release_immutable), so only inserts count.
CREATE TRIGGER "Release_bumps_data_version" AFTER INSERT ON "Release"
  FOR EACH STATEMENT EXECUTE FUNCTION guarantor_bump_data_version();
