-- Trigram indexes serve substring search of subject names (Chinese included).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
