-- Every published fact cites a source. Checked at commit (DEFERRABLE INITIALLY
-- DEFERRED), because a fact is inserted before the citations that point at it, in the
-- same transaction. The app refuses such writes first (applyChange); this catches any
-- other writer: the seed, synthetic data, scripts, plain SQL.

-- Raises unless the fact (table TG_TABLE_NAME, key NEW's or OLD's TG_ARGV[0] column) is
-- gone, a draft, or has a citation. TG_ARGV[1] is its citation column; facts without a
-- `published` column (figures, the coalition) are always published.
CREATE FUNCTION guarantor_require_citation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fact_id text;
  live boolean;
  cited boolean;
BEGIN
  fact_id := to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0];
  IF TG_TABLE_NAME IN ('HeadlineFigure', 'Coalition') THEN
    EXECUTE format('SELECT true FROM %I WHERE %I = $1', TG_TABLE_NAME, TG_ARGV[0]) INTO live USING fact_id;
  ELSE
    EXECUTE format('SELECT published FROM %I WHERE %I = $1', TG_TABLE_NAME, TG_ARGV[0]) INTO live USING fact_id;
  END IF;
  IF live IS NOT TRUE THEN
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM "Citation" WHERE %I = $1)', TG_ARGV[1]) INTO cited USING fact_id;
  IF NOT cited THEN
    RAISE EXCEPTION 'Every published fact cites a source: % "%" has no citation.', TG_TABLE_NAME, fact_id
      USING ERRCODE = 'check_violation', HINT = 'Insert its citation in the same transaction, or keep it a draft.';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Pledge_needs_citation" AFTER INSERT OR UPDATE OF published ON "Pledge"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('id', 'pledgeId');
CREATE CONSTRAINT TRIGGER "Membership_needs_citation" AFTER INSERT OR UPDATE OF published ON "Membership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('id', 'membershipId');
CREATE CONSTRAINT TRIGGER "Condition_needs_citation" AFTER INSERT OR UPDATE OF published ON "Condition"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('slug', 'conditionSlug');
CREATE CONSTRAINT TRIGGER "Event_needs_citation" AFTER INSERT OR UPDATE OF published ON "Event"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('id', 'eventId');
CREATE CONSTRAINT TRIGGER "Requirement_needs_citation" AFTER INSERT OR UPDATE OF published ON "Requirement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.published)
  EXECUTE FUNCTION guarantor_require_citation('id', 'requirementId');
CREATE CONSTRAINT TRIGGER "HeadlineFigure_needs_citation" AFTER INSERT ON "HeadlineFigure"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION guarantor_require_citation('id', 'figureId');
CREATE CONSTRAINT TRIGGER "Coalition_needs_citation" AFTER INSERT ON "Coalition"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION guarantor_require_citation('slug', 'coalitionSlug');

-- Taking a citation off a fact (deleting it, or pointing it elsewhere) must leave that
-- fact another one. A fact deleted with its citations is gone, and so passes.
CREATE FUNCTION guarantor_citation_leaves_fact_cited() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key text;
  fact_table text;
  id_column text;
  fact_id text;
  live boolean;
  cited boolean;
BEGIN
  FOREACH key IN ARRAY ARRAY['pledgeId', 'membershipId', 'conditionSlug', 'eventId', 'requirementId', 'figureId', 'coalitionSlug'] LOOP
    fact_id := to_jsonb(OLD) ->> key;
    CONTINUE WHEN fact_id IS NULL;
    CONTINUE WHEN TG_OP = 'UPDATE' AND fact_id IS NOT DISTINCT FROM (to_jsonb(NEW) ->> key);
    fact_table := CASE key WHEN 'pledgeId' THEN 'Pledge' WHEN 'membershipId' THEN 'Membership'
      WHEN 'conditionSlug' THEN 'Condition' WHEN 'eventId' THEN 'Event' WHEN 'requirementId' THEN 'Requirement'
      WHEN 'figureId' THEN 'HeadlineFigure' ELSE 'Coalition' END;
    id_column := CASE WHEN key IN ('conditionSlug', 'coalitionSlug') THEN 'slug' ELSE 'id' END;
    IF fact_table IN ('HeadlineFigure', 'Coalition') THEN
      EXECUTE format('SELECT true FROM %I WHERE %I = $1', fact_table, id_column) INTO live USING fact_id;
    ELSE
      EXECUTE format('SELECT published FROM %I WHERE %I = $1', fact_table, id_column) INTO live USING fact_id;
    END IF;
    CONTINUE WHEN live IS NOT TRUE;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM "Citation" WHERE %I = $1)', key) INTO cited USING fact_id;
    IF NOT cited THEN
      RAISE EXCEPTION 'Every published fact cites a source: removing this citation leaves % "%" with none.', fact_table, fact_id
        USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Citation_leaves_fact_cited" AFTER DELETE OR UPDATE ON "Citation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION guarantor_citation_leaves_fact_cited();
