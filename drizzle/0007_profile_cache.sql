CREATE TABLE "subject_generations" (
	"subject_code" text PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
