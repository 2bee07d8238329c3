CREATE TABLE "log_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"hash" text DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "row_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "row_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "access_log_chain_seq_idx" ON "access_log" USING btree ("chain_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_seq_idx" ON "audit_events" USING btree ("chain_seq");