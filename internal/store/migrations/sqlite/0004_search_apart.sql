-- The search index moves to a database file of its own (debrief.db-search
-- next to debrief.db), written by a background indexer in parallel with the
-- archive: SQLite has one writer per file, and indexing took as much of it as
-- everything else an analysis stores. tickets.changed orders the changes the
-- indexer has to catch up with; numbering the existing tickets makes it index
-- them all.
DROP TABLE search;
ALTER TABLE tickets ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
UPDATE tickets SET changed = seq;
CREATE INDEX tickets_changed ON tickets (changed);
