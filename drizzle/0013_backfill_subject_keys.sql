-- Fills the distribution keys of the rows stored before they existed. A record's key is its
-- subject's code, or, for a record without a subject (natural persons, placeholder codes), a
-- key of the record's own identity; versions, objections, repair applications and feedback take
-- the key of what they belong to.
UPDATE "licensing_records"
SET "subject_key" = coalesce("subject_code", '~' || "source_unit_code" || '/' || "document_number")
WHERE "subject_key" IS NULL;
--> statement-breakpoint
UPDATE "penalty_records"
SET "subject_key" = coalesce("subject_code", '~' || "source_unit_code" || '/' || "document_number")
WHERE "subject_key" IS NULL;
--> statement-breakpoint
UPDATE "catalog_records"
SET "subject_key" = coalesce(
  "subject_code",
  '~' || "catalog_item_code" || '/' || "source_unit_code" || '/' || "record_number"
)
WHERE "subject_key" IS NULL;
--> statement-breakpoint
UPDATE "record_versions" v
SET "subject_key" = coalesce(
  CASE v."kind"
    WHEN 'LICENSING' THEN (SELECT r."subject_key" FROM "licensing_records" r WHERE r."id" = v."record_id")
    WHEN 'PENALTY' THEN (SELECT r."subject_key" FROM "penalty_records" r WHERE r."id" = v."record_id")
  END,
  '~' || lower(v."kind"::text) || '/' || v."record_id"
)
WHERE v."subject_key" IS NULL;
--> statement-breakpoint
UPDATE "catalog_record_versions" v
SET "subject_key" = coalesce(
  (SELECT r."subject_key" FROM "catalog_records" r WHERE r."id" = v."record_id"),
  '~catalog/' || v."record_id"
)
WHERE v."subject_key" IS NULL;
--> statement-breakpoint
UPDATE "list_entry_versions" v
SET "subject_code" = coalesce(
  (SELECT e."subject_code" FROM "list_entries" e WHERE e."id" = v."entry_id"),
  v."data" ->> 'subjectCode'
)
WHERE v."subject_code" IS NULL;
--> statement-breakpoint
UPDATE "objections" o
SET "subject_key" = coalesce(
  CASE o."target_kind"
    WHEN 'LICENSING' THEN (SELECT r."subject_key" FROM "licensing_records" r WHERE r."id" = o."target_id")
    WHEN 'PENALTY' THEN (SELECT r."subject_key" FROM "penalty_records" r WHERE r."id" = o."target_id")
    WHEN 'LIST_ENTRY' THEN (SELECT e."subject_code" FROM "list_entries" e WHERE e."id" = o."target_id")
  END,
  o."subject_code",
  '~objection/' || o."id"
)
WHERE o."subject_key" IS NULL;
--> statement-breakpoint
UPDATE "check_feedback" f
SET "subject_code" = c."subject_code"
FROM "credit_checks" c
WHERE c."id" = f."check_id" AND f."subject_code" IS NULL;
--> statement-breakpoint
UPDATE "repair_applications" a
SET "subject_key" = coalesce(
  CASE a."target_kind"
    WHEN 'LICENSING' THEN (SELECT r."subject_key" FROM "licensing_records" r WHERE r."id" = a."target_id")
    WHEN 'PENALTY' THEN (SELECT r."subject_key" FROM "penalty_records" r WHERE r."id" = a."target_id")
    WHEN 'LIST_ENTRY' THEN (SELECT e."subject_code" FROM "list_entries" e WHERE e."id" = a."target_id")
  END,
  nullif(a."subject_code", ''),
  '~repair/' || a."id"
)
WHERE a."subject_key" IS NULL;
