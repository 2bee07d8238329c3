CREATE TYPE "public"."export_format" AS ENUM('XLSX', 'CSV');--> statement-breakpoint
CREATE TABLE "export_batch_records" (
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"record_id" bigint NOT NULL,
	"record_version" integer NOT NULL,
	"content_hash" text NOT NULL,
	CONSTRAINT "export_batch_records_batch_id_row_number_pk" PRIMARY KEY("batch_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "export_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "record_kind" NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"format" "export_format" NOT NULL,
	"layout" text NOT NULL,
	"row_count" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_key_id" uuid,
	CONSTRAINT "export_batches_period_order" CHECK ("export_batches"."period_from" <= "export_batches"."period_to")
);
--> statement-breakpoint
ALTER TABLE "export_batch_records" ADD CONSTRAINT "export_batch_records_batch_id_export_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."export_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "export_batch_records_record_idx" ON "export_batch_records" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "export_batches_period_idx" ON "export_batches" USING btree ("kind","period_from","period_to");--> statement-breakpoint
CREATE INDEX "export_batches_created_idx" ON "export_batches" USING btree ("created_at","id");