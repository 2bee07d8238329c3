CREATE TABLE "subject_gram_counts" (
	"gram" text NOT NULL,
	"shard" smallint NOT NULL,
	"subjects" integer NOT NULL,
	CONSTRAINT "subject_gram_counts_pkey" PRIMARY KEY("gram","shard")
);
--> statement-breakpoint
CREATE TABLE "subject_name_grams" (
	"gram" text NOT NULL,
	"sort" smallint NOT NULL,
	"subject_code" text NOT NULL,
	CONSTRAINT "subject_name_grams_pkey" PRIMARY KEY("gram","sort","subject_code")
);
--> statement-breakpoint
CREATE TABLE "subject_search_ranks" (
	"subject_code" text PRIMARY KEY NOT NULL,
	"public_records" integer NOT NULL
);
