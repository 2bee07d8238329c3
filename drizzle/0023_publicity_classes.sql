CREATE TYPE "public"."severity_source" AS ENUM('MARKED', 'DERIVED', 'OVERRIDDEN');--> statement-breakpoint
ALTER TABLE "catalog_item_providers" ADD COLUMN "disclosure_working_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "licensing_records" ADD COLUMN "disclosure_working_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_records" ADD COLUMN "disclosure_working_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
-- Penalties stored before the publicity-class rules: a class other than GENERAL can only have
-- come from the department's marking; GENERAL was the default when none was given, and is kept
-- (the stored publicity periods do not move) with that said as its basis.
ALTER TABLE "penalty_records" ADD COLUMN "severity_source" "severity_source";--> statement-breakpoint
ALTER TABLE "penalty_records" ADD COLUMN "severity_basis" text;--> statement-breakpoint
UPDATE "penalty_records" SET
  "severity_source" = CASE WHEN "severity" = 'GENERAL' THEN 'DERIVED'::"severity_source" ELSE 'MARKED'::"severity_source" END,
  "severity_basis" = CASE WHEN "severity" = 'GENERAL'
    THEN '收录时未标注严重程度，按一般失信行为公示（发改办财金〔2019〕527号）'
    ELSE '数据来源单位报送的失信严重程度（CF_SXYZCD），优先于按国家字段推定' END;--> statement-breakpoint
ALTER TABLE "penalty_records" ALTER COLUMN "severity_source" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "penalty_records" ALTER COLUMN "severity_basis" SET NOT NULL;