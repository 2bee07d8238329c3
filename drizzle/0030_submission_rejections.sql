CREATE TABLE "submission_rejections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"item_code" text NOT NULL,
	"claimed_unit_code" text,
	"submitted_by_key_id" uuid,
	"submitter_code" text,
	"submitter_name" text,
	"row_index" integer NOT NULL,
	"document_number" text,
	"field" text,
	"code" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "submission_rejections_time_idx" ON "submission_rejections" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "submission_rejections_submitter_time_idx" ON "submission_rejections" USING btree ("submitter_code","submitted_at");