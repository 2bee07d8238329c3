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
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "access_log" USING btree ("subject_code","occurred_at");--> statement-breakpoint
CREATE INDEX "access_log_organization_idx" ON "access_log" USING btree ("organization_code","occurred_at");--> statement-breakpoint
CREATE INDEX "authorizations_institution_subject_idx" ON "authorizations" USING btree ("institution_code","subject_code","valid_until");--> statement-breakpoint
CREATE INDEX "authorizations_subject_idx" ON "authorizations" USING btree ("subject_code");