CREATE TYPE "public"."check_scenario" AS ENUM('GOVERNMENT_PROCUREMENT', 'FISCAL_FUNDS', 'LICENSING_APPROVAL', 'PUBLIC_RESOURCE_TRADING', 'PROJECT_APPROVAL', 'HONOURS', 'FINANCING', 'SUPERVISION');--> statement-breakpoint
CREATE TYPE "public"."list_type" AS ENUM('RED', 'BLACK');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('MANDATORY', 'RECOMMENDED');--> statement-breakpoint
CREATE TABLE "check_feedback" (
	"check_id" uuid NOT NULL,
	"measure_id" text NOT NULL,
	"applied" boolean NOT NULL,
	"reason" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by_key_id" uuid,
	CONSTRAINT "check_feedback_check_id_measure_id_pk" PRIMARY KEY("check_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "credit_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_code" text NOT NULL,
	"scenario" "check_scenario" NOT NULL,
	"matter" text NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_by_key_id" uuid,
	"organization_name" text,
	"organization_code" text,
	"hit_entry_ids" bigint[] NOT NULL,
	"measure_ids" text[] NOT NULL,
	"incentive_reason" text
);
--> statement-breakpoint
CREATE TABLE "list_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"list_type" "list_type" NOT NULL,
	"subject_code" text NOT NULL,
	"subject_name" text NOT NULL,
	"document_number" text NOT NULL,
	"listing_authority" text NOT NULL,
	"listing_authority_code" text NOT NULL,
	"basis" text NOT NULL,
	"reason" text NOT NULL,
	"listed_on" date NOT NULL,
	"valid_until" date,
	"usage_scope" "usage_scope" NOT NULL,
	"catalog_item_code" text NOT NULL,
	"catalog_item_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by_key_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"removal_reason" text,
	"removed_by_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "list_entry_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"list_type" "list_type" NOT NULL,
	"scenarios" "check_scenario"[] NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"legal_basis" text NOT NULL,
	"departments" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_feedback" ADD CONSTRAINT "check_feedback_check_id_credit_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."credit_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entries" ADD CONSTRAINT "list_entries_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_checks_organization_idx" ON "credit_checks" USING btree ("organization_code","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "list_entries_identity_idx" ON "list_entries" USING btree ("listing_authority_code","list_type","document_number");--> statement-breakpoint
CREATE INDEX "list_entries_subject_idx" ON "list_entries" USING btree ("subject_code","list_type","listed_on" desc);