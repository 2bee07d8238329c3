CREATE TYPE "public"."record_status_code" AS ENUM('VALID', 'INVALID', 'REVOKED', 'OBJECTION', 'OTHER');--> statement-breakpoint
ALTER TABLE "licensing_records" ADD COLUMN "status" "record_status_code" DEFAULT 'VALID' NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_records" ADD COLUMN "status" "record_status_code" DEFAULT 'VALID' NOT NULL;--> statement-breakpoint
-- The visibility rules now read 当前状态 too: the covering indexes of migration 0017 hold it,
-- so that a profile's counts stay index-only.
DROP INDEX IF EXISTS "licensing_records_subject_idx";--> statement-breakpoint
CREATE INDEX "licensing_records_subject_idx" ON "licensing_records" USING btree ("subject_code", "decision_date" desc, "id" desc)
  INCLUDE ("published_at", "revoked_at", "repaired_at", "usage_scope", "status", "catalog_item_code", "counterpart_category", "source_unit_code", "subject_key", "valid_to");--> statement-breakpoint
DROP INDEX IF EXISTS "penalty_records_subject_idx";--> statement-breakpoint
CREATE INDEX "penalty_records_subject_idx" ON "penalty_records" USING btree ("subject_code", "decision_date" desc, "id" desc)
  INCLUDE ("published_at", "revoked_at", "repaired_at", "usage_scope", "status", "catalog_item_code", "counterpart_category", "source_unit_code", "subject_key", "publicity_max_end");
