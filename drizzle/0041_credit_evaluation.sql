CREATE TYPE "public"."credit_grade" AS ENUM('A', 'B', 'C', 'D');--> statement-breakpoint
CREATE TABLE "evaluation_models" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by_key_id" uuid,
	CONSTRAINT "evaluation_models_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "evaluation_progress" (
	"name" text PRIMARY KEY NOT NULL,
	"after_txid" "xid8" NOT NULL,
	"after_id" bigint NOT NULL,
	"swept_through" date NOT NULL,
	"rebuild_version" text,
	"rebuild_after" text,
	"rebuilt_version" text,
	"rebuild_done" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_evaluation_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_code" text NOT NULL,
	"model_version" text NOT NULL,
	"grade" "credit_grade" NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"indicators" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_evaluations" (
	"subject_code" text PRIMARY KEY NOT NULL,
	"model_version" text NOT NULL,
	"grade" "credit_grade" NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"indicators" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "subject_evaluation_history_subject_idx" ON "subject_evaluation_history" USING btree ("subject_code","computed_at","id");--> statement-breakpoint
CREATE INDEX "subject_evaluations_grade_idx" ON "subject_evaluations" USING btree ("grade");