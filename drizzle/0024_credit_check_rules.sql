CREATE TYPE "public"."check_rule" AS ENUM('UNKNOWN_SUBJECT', 'BLACK_LISTED', 'RED_LISTED', 'RECORDS_UNDER_THREE_YEARS', 'PENALTY_IN_THREE_YEARS', 'BLACK_LIST_IN_THREE_YEARS', 'ABNORMAL_OPERATION_IN_THREE_YEARS', 'CLEAN_THREE_YEARS');--> statement-breakpoint
ALTER TABLE "credit_checks" ADD COLUMN "penalty_ids" bigint[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_checks" ADD COLUMN "incentive_rule" "check_rule";--> statement-breakpoint
ALTER TABLE "credit_checks" ADD COLUMN "incentive_explanation" text;--> statement-breakpoint
ALTER TABLE "credit_checks" ADD COLUMN "denied_measure_ids" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_checks" ADD COLUMN "records_coverage_from" date;