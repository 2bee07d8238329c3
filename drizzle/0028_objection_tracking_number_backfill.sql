-- Objections filed before tracking numbers get one in the same format as new filings
-- (shared/ids.ts, trackingNumber): YY, the filing day in China Standard Time, a hyphen and ten
-- Crockford base-32 characters. The characters come from gen_random_uuid(), which draws on the
-- server's strong random source: its bytes 0–5 and 9–12 are random in a version-4 UUID, and a
-- byte modulo 32 is uniform. One statement per row, so that each row draws its own UUID.
DO $$
DECLARE
  objection record;
BEGIN
  FOR objection IN SELECT "id" FROM "objections" WHERE "tracking_number" IS NULL LOOP
    UPDATE "objections" SET "tracking_number" = 'YY-'
      || to_char("filed_at" AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
      || (
        SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(r.b, i.n) % 32 + 1, 1), '' ORDER BY i.o)
        FROM (SELECT uuid_send(gen_random_uuid()) AS b) r,
          (VALUES (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (9, 7), (10, 8), (11, 9), (12, 10)) AS i(n, o)
      )
    WHERE "id" = objection."id";
  END LOOP;
END
$$;
