-- Working days in SQL, the same rule as src/modules/calendar/working-days.ts, for statements
-- that build their answer in the database: the days after from_date up to and including
-- to_date that are official make-up working days, or Monday to Friday and not an official day
-- off. A year with no loaded calendar has no calendar_days rows, so only Monday to Friday count.
CREATE FUNCTION working_days_between(from_date date, to_date date) RETURNS integer
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
  SELECT count(*)::integer
  FROM generate_series((from_date + 1)::timestamp, to_date::timestamp, interval '1 day') AS g(day)
  LEFT JOIN calendar_days c ON c.date = g.day::date
  WHERE coalesce(c.working, extract(isodow FROM g.day) < 6)
$$;
