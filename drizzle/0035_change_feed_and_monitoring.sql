CREATE TABLE "change_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"subject_code" text NOT NULL,
	"kind" text NOT NULL,
	"record_id" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_sweeps" (
	"name" text PRIMARY KEY NOT NULL,
	"swept_through" date NOT NULL,
	"swept_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitored_subjects" (
	"institution_code" text NOT NULL,
	"subject_code" text NOT NULL,
	"purpose" text NOT NULL,
	"since_txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"monitored_at" timestamp with time zone NOT NULL,
	"monitored_by_key_id" uuid,
	CONSTRAINT "monitored_subjects_institution_code_subject_code_pk" PRIMARY KEY("institution_code","subject_code")
);
--> statement-breakpoint
CREATE INDEX "change_outbox_txid_idx" ON "change_outbox" USING btree ("txid","id");--> statement-breakpoint
CREATE INDEX "change_outbox_subject_idx" ON "change_outbox" USING btree ("subject_code","txid","id");--> statement-breakpoint
CREATE INDEX "monitored_subjects_subject_idx" ON "monitored_subjects" USING btree ("subject_code");--> statement-breakpoint
CREATE INDEX "monitored_subjects_since_idx" ON "monitored_subjects" USING btree ("institution_code","since_txid");