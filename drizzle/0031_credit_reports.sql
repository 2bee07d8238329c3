CREATE TABLE "credit_reports" (
	"verification_code" text PRIMARY KEY NOT NULL,
	"subject_code" text NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"sha256" text NOT NULL,
	"content" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "credit_reports_subject_idx" ON "credit_reports" USING btree ("subject_code","generated_at");