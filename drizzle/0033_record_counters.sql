CREATE TABLE "record_counters" (
	"grain" text NOT NULL,
	"period" date NOT NULL,
	"kind" text NOT NULL,
	"catalog_item_code" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"source_unit" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"not_required" integer DEFAULT 0 NOT NULL,
	"unpublished" integer DEFAULT 0 NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"published" integer DEFAULT 0 NOT NULL,
	"corrected" integer DEFAULT 0 NOT NULL,
	"logged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "record_counters_pkey" PRIMARY KEY("grain","period","kind","catalog_item_code","source_unit_code","source_unit")
);
--> statement-breakpoint
CREATE TABLE "unpublished_counters" (
	"deadline" date NOT NULL,
	"decision_date" date NOT NULL,
	"kind" text NOT NULL,
	"catalog_item_code" text NOT NULL,
	"source_unit_code" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unpublished_counters_pkey" PRIMARY KEY("deadline","decision_date","kind","catalog_item_code","source_unit_code")
);
