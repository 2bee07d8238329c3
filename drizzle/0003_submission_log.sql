CREATE TABLE "submission_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"item_code" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"submitted_by_key_id" uuid,
	"received" integer NOT NULL,
	"accepted" integer NOT NULL,
	"corrections" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"rejected" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "submission_log_item_time_idx" ON "submission_log" USING btree ("item_code","submitted_at");