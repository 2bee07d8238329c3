CREATE TYPE "public"."objection_outcome" AS ENUM('CORRECTED', 'REVOKED', 'UPHELD');--> statement-breakpoint
CREATE TYPE "public"."objection_status" AS ENUM('FILED', 'ACCEPTED', 'REJECTED', 'DECIDED');--> statement-breakpoint
CREATE TYPE "public"."remedy_target" AS ENUM('LICENSING', 'PENALTY', 'LIST_ENTRY');--> statement-breakpoint
CREATE TYPE "public"."repair_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" "remedy_target" NOT NULL,
	"target_id" bigint NOT NULL,
	"target_version" bigint NOT NULL,
	"subject_code" text,
	"source_unit_code" text NOT NULL,
	"filer_name" text NOT NULL,
	"filer_contact" text NOT NULL,
	"grounds" text NOT NULL,
	"evidence" text,
	"filed_at" timestamp with time zone NOT NULL,
	"accept_due" date NOT NULL,
	"status" "objection_status" NOT NULL,
	"accepted_at" timestamp with time zone,
	"acceptance_note" text,
	"answer_due" date,
	"outcome" "objection_outcome",
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"decided_by_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "repair_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" "remedy_target" NOT NULL,
	"target_id" bigint NOT NULL,
	"subject_code" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_contact" text NOT NULL,
	"proof_of_performance" text NOT NULL,
	"credit_commitment" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"status" "repair_status" NOT NULL,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"decided_by_key_id" uuid
);
--> statement-breakpoint
ALTER TABLE "list_entries" ADD COLUMN "repaired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "licensing_records" ADD COLUMN "repaired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "catalog_records" ADD COLUMN "repaired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "penalty_records" ADD COLUMN "repaired_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "objections_target_idx" ON "objections" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE INDEX "objections_unit_status_idx" ON "objections" USING btree ("source_unit_code","status");--> statement-breakpoint
CREATE INDEX "repair_applications_target_idx" ON "repair_applications" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE INDEX "repair_applications_unit_idx" ON "repair_applications" USING btree ("source_unit_code","status");