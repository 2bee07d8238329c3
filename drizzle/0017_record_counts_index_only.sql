-- A subject's records in their page order, with every column the visibility rules read
-- (recordVisibility, licensingPublicWhile, penaltyPublicWhile): a profile counts its visible
-- records by an index-only scan, without a heap fetch per record. Same name and key columns as
-- the index it replaces; the table definitions name these columns too.
DROP INDEX IF EXISTS "licensing_records_subject_idx";--> statement-breakpoint
CREATE INDEX "licensing_records_subject_idx" ON "licensing_records" USING btree ("subject_code", "decision_date" desc, "id" desc)
  INCLUDE ("published_at", "revoked_at", "repaired_at", "usage_scope", "catalog_item_code", "counterpart_category", "source_unit_code", "subject_key", "valid_to");--> statement-breakpoint
DROP INDEX IF EXISTS "penalty_records_subject_idx";--> statement-breakpoint
CREATE INDEX "penalty_records_subject_idx" ON "penalty_records" USING btree ("subject_code", "decision_date" desc, "id" desc)
  INCLUDE ("published_at", "revoked_at", "repaired_at", "usage_scope", "catalog_item_code", "counterpart_category", "source_unit_code", "subject_key", "publicity_max_end");
