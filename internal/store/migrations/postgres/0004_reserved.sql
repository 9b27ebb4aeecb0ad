-- Placeholder on branch house-store only: migration 4 belongs to another
-- branch (PostgreSQL numbers must run 1, 2, 3... without gaps). Delete this
-- file when merging that branch's 0004; it applies nothing.
SELECT 1;
