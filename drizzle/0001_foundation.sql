CREATE TYPE "public"."record_kind" AS ENUM('LICENSING', 'PENALTY');--> statement-breakpoint
CREATE TYPE "public"."subject_category" AS ENUM('LEGAL_ENTITY', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS');--> statement-breakpoint
CREATE TYPE "public"."usage_scope" AS ENUM('PUBLIC', 'AUTHORIZED', 'GOVERNMENT');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('PUBLIC', 'INSTITUTION', 'REGULATOR', 'PROVIDER', 'ADMIN');--> statement-breakpoint
CREATE TYPE "public"."licence_category" AS ENUM('ORDINARY', 'FRANCHISE', 'RECOGNITION', 'APPROVAL', 'REGISTRATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."penalty_sector" AS ENUM('FOOD', 'DRUGS', 'SPECIAL_EQUIPMENT', 'WORK_SAFETY', 'FIRE_SAFETY', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."penalty_severity" AS ENUM('MINOR', 'GENERAL', 'SERIOUS');--> statement-breakpoint
CREATE TYPE "public"."penalty_type" AS ENUM('WARNING', 'CIRCULATED_CRITICISM', 'FINE', 'CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY', 'SUSPEND_LICENCE', 'DOWNGRADE_QUALIFICATION', 'REVOKE_LICENCE', 'RESTRICT_BUSINESS', 'ORDER_SUSPEND_PRODUCTION', 'ORDER_CLOSE', 'RESTRICT_EMPLOYMENT', 'ADMIN_DETENTION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."publicity_regime" AS ENUM('NDRC_2019_527', 'NDRC_ORDER_58', 'NDRC_ORDER_36');--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"key_id" uuid,
	"role" "role" NOT NULL,
	"organization_name" text,
	"organization_code" text,
	"subject_code" text NOT NULL,
	"purpose" text,
	"operation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_code" text NOT NULL,
	"institution_name" text NOT NULL,
	"subject_code" text NOT NULL,
	"purpose" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"document_reference" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by_key_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by_key_id" uuid,
	"revocation_reason" text
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"secret_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"organization_name" text NOT NULL,
	"organization_code" text NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_key_id" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"actor_key_id" uuid,
	"actor_role" text NOT NULL,
	"actor_organization_code" text,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"working" boolean NOT NULL,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"loaded_by_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "catalog_item_providers" (
	"item_code" text NOT NULL,
	"organization_code" text NOT NULL,
	"organization_name" text NOT NULL,
	CONSTRAINT "catalog_item_providers_item_code_organization_code_pk" PRIMARY KEY("item_code","organization_code")
);
--> statement-breakpoint
CREATE TABLE "catalog_item_versions" (
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by_key_id" uuid,
	CONSTRAINT "catalog_item_versions_item_code_version_pk" PRIMARY KEY("item_code","version")
);
--> statement-breakpoint
CREATE TABLE "catalog_items" (
	"code" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"usage_scope" "usage_scope" NOT NULL,
	"requires_review" boolean DEFAULT false NOT NULL,
	"publicity_rule" text NOT NULL,
	"legal_basis" text NOT NULL,
	"update_frequency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licensing_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"counterpart_name" text NOT NULL,
	"counterpart_category" "subject_category" NOT NULL,
	"credit_code" text,
	"subject_code" text,
	"business_registration_no" text,
	"organization_code" text,
	"tax_registration_no" text,
	"institution_certificate_no" text,
	"social_organization_no" text,
	"legal_representative" text,
	"legal_representative_id_type" text,
	"legal_representative_id_number" text,
	"person_id_type" text,
	"person_id_number" text,
	"document_number" text NOT NULL,
	"content" text NOT NULL,
	"decision_date" date NOT NULL,
	"authority" text NOT NULL,
	"authority_code" text NOT NULL,
	"source_unit" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"remarks" text,
	"usage_scope" "usage_scope" DEFAULT 'PUBLIC' NOT NULL,
	"catalog_item_code" text NOT NULL,
	"catalog_item_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by_key_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_on" date,
	"disclosure_required" boolean NOT NULL,
	"disclosure_deadline" date NOT NULL,
	"deadline_provisional" boolean NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"document_title" text NOT NULL,
	"licence_category" "licence_category" NOT NULL,
	"licence_category_other" text,
	"certificate_name" text,
	"certificate_number" text,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "penalty_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"counterpart_name" text NOT NULL,
	"counterpart_category" "subject_category" NOT NULL,
	"credit_code" text,
	"subject_code" text,
	"business_registration_no" text,
	"organization_code" text,
	"tax_registration_no" text,
	"institution_certificate_no" text,
	"social_organization_no" text,
	"legal_representative" text,
	"legal_representative_id_type" text,
	"legal_representative_id_number" text,
	"person_id_type" text,
	"person_id_number" text,
	"document_number" text NOT NULL,
	"content" text NOT NULL,
	"decision_date" date NOT NULL,
	"authority" text NOT NULL,
	"authority_code" text NOT NULL,
	"source_unit" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"remarks" text,
	"usage_scope" "usage_scope" DEFAULT 'PUBLIC' NOT NULL,
	"catalog_item_code" text NOT NULL,
	"catalog_item_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by_key_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_on" date,
	"disclosure_required" boolean NOT NULL,
	"disclosure_deadline" date NOT NULL,
	"deadline_provisional" boolean NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"violation_type" text NOT NULL,
	"facts" text NOT NULL,
	"basis" text NOT NULL,
	"penalty_types" "penalty_type"[] NOT NULL,
	"penalty_type_other" text,
	"fine_amount" numeric(18, 6),
	"confiscated_amount" numeric(18, 6),
	"suspended_licence" text,
	"penalty_valid_until" date NOT NULL,
	"severity" "penalty_severity" DEFAULT 'GENERAL' NOT NULL,
	"sector" "penalty_sector",
	"publicity_regime" "publicity_regime" NOT NULL,
	"publicity_min_end" date NOT NULL,
	"publicity_max_end" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "record_kind" NOT NULL,
	"record_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"data" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" "subject_category" NOT NULL,
	"legal_representative" text,
	"legal_representative_id_type" text,
	"legal_representative_id_number" text,
	"name_as_of" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subjects_code_format" CHECK ("subjects"."code" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$')
);
--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_providers" ADD CONSTRAINT "catalog_item_providers_item_code_catalog_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."catalog_items"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_records" ADD CONSTRAINT "licensing_records_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_records" ADD CONSTRAINT "penalty_records_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "access_log" USING btree ("subject_code","occurred_at");--> statement-breakpoint
CREATE INDEX "access_log_organization_idx" ON "access_log" USING btree ("organization_code","occurred_at");--> statement-breakpoint
CREATE INDEX "authorizations_institution_subject_idx" ON "authorizations" USING btree ("institution_code","subject_code","valid_until");--> statement-breakpoint
CREATE INDEX "authorizations_subject_idx" ON "authorizations" USING btree ("subject_code");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_secret_hash_idx" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_time_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "calendar_days_year_idx" ON "calendar_days" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "licensing_records_identity_idx" ON "licensing_records" USING btree ("source_unit_code","document_number");--> statement-breakpoint
CREATE INDEX "licensing_records_subject_idx" ON "licensing_records" USING btree ("subject_code","decision_date" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "licensing_records_source_decision_idx" ON "licensing_records" USING btree ("source_unit_code","decision_date");--> statement-breakpoint
CREATE INDEX "licensing_records_decision_idx" ON "licensing_records" USING btree ("decision_date" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "licensing_records_unpublished_idx" ON "licensing_records" USING btree ("decision_date" desc,"id" desc,"disclosure_deadline") WHERE "licensing_records"."published_on" is null and "licensing_records"."disclosure_required";--> statement-breakpoint
CREATE INDEX "licensing_records_late_idx" ON "licensing_records" USING btree ("decision_date" desc,"id" desc) WHERE "licensing_records"."published_on" > "licensing_records"."disclosure_deadline" and "licensing_records"."disclosure_required";--> statement-breakpoint
CREATE INDEX "licensing_records_disclosure_stats_idx" ON "licensing_records" USING btree ("decision_date","source_unit_code","disclosure_required","disclosure_deadline","published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "penalty_records_identity_idx" ON "penalty_records" USING btree ("source_unit_code","document_number");--> statement-breakpoint
CREATE INDEX "penalty_records_subject_idx" ON "penalty_records" USING btree ("subject_code","decision_date" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "penalty_records_source_decision_idx" ON "penalty_records" USING btree ("source_unit_code","decision_date");--> statement-breakpoint
CREATE INDEX "penalty_records_decision_idx" ON "penalty_records" USING btree ("decision_date" desc,"id" desc);--> statement-breakpoint
CREATE INDEX "penalty_records_unpublished_idx" ON "penalty_records" USING btree ("decision_date" desc,"id" desc,"disclosure_deadline") WHERE "penalty_records"."published_on" is null and "penalty_records"."disclosure_required";--> statement-breakpoint
CREATE INDEX "penalty_records_late_idx" ON "penalty_records" USING btree ("decision_date" desc,"id" desc) WHERE "penalty_records"."published_on" > "penalty_records"."disclosure_deadline" and "penalty_records"."disclosure_required";--> statement-breakpoint
CREATE INDEX "penalty_records_disclosure_stats_idx" ON "penalty_records" USING btree ("decision_date","source_unit_code","disclosure_required","disclosure_deadline","published_on");--> statement-breakpoint
CREATE INDEX "record_versions_record_idx" ON "record_versions" USING btree ("kind","record_id","version");--> statement-breakpoint
CREATE INDEX "subjects_name_trgm_idx" ON "subjects" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subjects_code_prefix_idx" ON "subjects" USING btree ("code" text_pattern_ops);