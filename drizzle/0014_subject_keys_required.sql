ALTER TABLE "catalog_record_versions" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_records" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "check_feedback" ALTER COLUMN "subject_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "licensing_records" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "list_entry_versions" ALTER COLUMN "subject_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "objections" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_records" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "record_versions" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "repair_applications" ALTER COLUMN "subject_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "check_feedback" ADD CONSTRAINT "check_feedback_check_fk" FOREIGN KEY ("subject_code","check_id") REFERENCES "public"."credit_checks"("subject_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_records" ADD CONSTRAINT "catalog_records_subject_key" CHECK ("catalog_records"."subject_code" is null or "catalog_records"."subject_key" = "catalog_records"."subject_code");--> statement-breakpoint
ALTER TABLE "licensing_records" ADD CONSTRAINT "licensing_records_subject_key" CHECK ("licensing_records"."subject_code" is null or "licensing_records"."subject_key" = "licensing_records"."subject_code");--> statement-breakpoint
ALTER TABLE "penalty_records" ADD CONSTRAINT "penalty_records_subject_key" CHECK ("penalty_records"."subject_code" is null or "penalty_records"."subject_key" = "penalty_records"."subject_code");