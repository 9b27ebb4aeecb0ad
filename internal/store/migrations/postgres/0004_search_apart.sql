-- Nothing to do on PostgreSQL: SQLite's migration 4 moved its search index
-- to a file of its own, while PostgreSQL indexes in the tickets table. This
-- keeps the two dialects' migration numbers the same.
SELECT 1;
