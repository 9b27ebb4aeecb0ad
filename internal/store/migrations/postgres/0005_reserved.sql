-- Placeholder on branch house-store only: migration 5 belongs to another
-- branch (PostgreSQL numbers must run 1, 2, 3... without gaps). Delete this
-- file when merging that branch's 0005; it applies nothing.
SELECT 1;
