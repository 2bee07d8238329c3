CREATE TABLE "catalog_record_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "catalog_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"catalog_item_code" text NOT NULL,
	"catalog_item_version" integer NOT NULL,
	"counterpart_name" text NOT NULL,
	"counterpart_category" "subject_category" NOT NULL,
	"credit_code" text,
	"subject_code" text,
	"record_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"source_unit" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"usage_scope" "usage_scope" NOT NULL,
	"data" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by_key_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "catalog_items" ADD COLUMN "fields" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_records" ADD CONSTRAINT "catalog_records_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_record_versions_record_idx" ON "catalog_record_versions" USING btree ("record_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_records_identity_idx" ON "catalog_records" USING btree ("catalog_item_code","source_unit_code","record_number");--> statement-breakpoint
CREATE INDEX "catalog_records_subject_idx" ON "catalog_records" USING btree ("subject_code","decision_date" desc,"id" desc);