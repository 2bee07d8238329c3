ALTER TABLE "objections" ADD COLUMN "filer_ip" text;--> statement-breakpoint
CREATE INDEX "objections_contact_filed_idx" ON "objections" USING btree ("filer_contact","filed_at");--> statement-breakpoint
CREATE INDEX "objections_ip_filed_idx" ON "objections" USING btree ("filer_ip","filed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "repair_applications_one_pending_idx" ON "repair_applications" USING btree ("target_kind","target_id") WHERE "repair_applications"."status" = 'PENDING';