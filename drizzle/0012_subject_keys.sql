ALTER TABLE "check_feedback" DROP CONSTRAINT "check_feedback_check_id_credit_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "licensing_records" DROP CONSTRAINT "licensing_records_subject_code_subjects_code_fk";
--> statement-breakpoint
ALTER TABLE "catalog_records" DROP CONSTRAINT "catalog_records_subject_code_subjects_code_fk";
--> statement-breakpoint
ALTER TABLE "penalty_records" DROP CONSTRAINT "penalty_records_subject_code_subjects_code_fk";
--> statement-breakpoint
ALTER TABLE "check_feedback" ADD COLUMN "subject_code" text;--> statement-breakpoint
ALTER TABLE "list_entry_versions" ADD COLUMN "subject_code" text;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "repair_applications" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "licensing_records" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "catalog_record_versions" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "catalog_records" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "penalty_records" ADD COLUMN "subject_key" text;--> statement-breakpoint
ALTER TABLE "record_versions" ADD COLUMN "subject_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_checks_subject_id_idx" ON "credit_checks" USING btree ("subject_code","id");