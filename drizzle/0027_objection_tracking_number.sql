ALTER TABLE "objections" ADD COLUMN "tracking_number" text;--> statement-breakpoint
CREATE UNIQUE INDEX "objections_tracking_number_idx" ON "objections" USING btree ("tracking_number");