-- Before the rule that every published fact cites a source is enforced (next
-- migration), facts published without a citation (a new fact used to go live with a
-- written reason alone) go back to being drafts: hidden from the public until an editor
-- cites a source and publishes them again. Each one gets a history entry saying so,
-- its last snapshot with `published` false, so history and as-of views agree.
DO $$
DECLARE
  fact record;
BEGIN
  FOR fact IN
    SELECT * FROM (VALUES
      ('Pledge', 'pledgeId', 'id'),
      ('Membership', 'membershipId', 'id'),
      ('Condition', 'conditionSlug', 'slug'),
      ('Event', 'eventId', 'id'),
      ('Requirement', 'requirementId', 'id')
    ) AS t (name, citation_key, id_column)
  LOOP
    EXECUTE format($sql$
      WITH bare AS (
        UPDATE %1$I f SET "published" = false, "version" = f."version" + 1
        WHERE f."published" AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c.%2$I = f.%3$I)
        RETURNING f.%3$I AS id, f."version"
      ), latest AS (
        SELECT DISTINCT ON (a."entityId") a."entityId", a."after"
        FROM "AuditEntry" a JOIN bare ON a."entityId" = bare.id
        WHERE a."entityType" = %1$L
        ORDER BY a."entityId", a."at" DESC, a."id" DESC
      )
      INSERT INTO "AuditEntry" ("actorName", "action", "entityType", "entityId", "before", "after", "reason")
      SELECT 'Guarantor migration', 'UPDATE'::"AuditAction", %1$L, bare.id, latest."after",
        latest."after" || jsonb_build_object('published', false, 'version', bare."version"),
        'Unpublished: it cited no source. Cite one and publish it again.'
      FROM bare JOIN latest ON latest."entityId" = bare.id
      WHERE latest."after" IS NOT NULL
    $sql$, fact.name, fact.citation_key, fact.id_column);
  END LOOP;
END;
$$;

-- Citations made with a fact's creation used to record the record's columns as what
-- they back ("id, kind, title, summary, sequence, countryCodes"); edits recorded
-- bookkeeping columns too ("version"). A creation's quote backs the whole fact (no
-- field), and an edit's the fact's own columns it changed: tidy the old lists, with a
-- history entry for each citation changed.
WITH tidied AS (
  SELECT id,
    CASE WHEN keys && ARRAY['id', 'slug', 'code', 'sequence', 'sortOrder', 'coalitionSlug'] THEN NULL
      ELSE NULLIF(array_to_string(ARRAY(SELECT k FROM unnest(keys) k WHERE k <> ALL (ARRAY['version', 'published', 'internalNote'])), ', '), '')
    END AS field
  FROM (SELECT id, string_to_array("field", ', ') AS keys FROM "Citation" WHERE "field" IS NOT NULL) s
), changed AS (
  UPDATE "Citation" c SET "field" = t.field FROM tidied t
  WHERE c.id = t.id AND c."field" IS DISTINCT FROM t.field
  RETURNING c.id, c."field"
), latest AS (
  SELECT DISTINCT ON (a."entityId") a."entityId", a."after"
  FROM "AuditEntry" a JOIN changed ON a."entityId" = changed.id
  WHERE a."entityType" = 'Citation'
  ORDER BY a."entityId", a."at" DESC, a."id" DESC
)
INSERT INTO "AuditEntry" ("actorName", "action", "entityType", "entityId", "before", "after", "reason")
SELECT 'Guarantor migration', 'UPDATE'::"AuditAction", 'Citation', changed.id, latest."after",
  latest."after" || jsonb_build_object('field', changed."field"),
  'What the quote backs: the fact''s own fields only.'
FROM changed JOIN latest ON latest."entityId" = changed.id
WHERE latest."after" IS NOT NULL;
