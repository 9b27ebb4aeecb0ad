-- Issue 11: what a restart or a second serve process must not forget.
--
-- Webhook deliveries seen, by signature, until their replay window closes:
-- a replay is refused across restarts and across processes sharing the
-- database. Rows past expires_at are deleted as new deliveries arrive.
CREATE TABLE webhook_deliveries (
    signature  TEXT NOT NULL PRIMARY KEY,
    expires_at TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_expires ON webhook_deliveries (expires_at);

-- The time of the latest version's last change (its last event, close or
-- creation): a version whose last change is earlier is refused, so that an
-- old delivery never moves a ticket backwards. NULL for tickets stored
-- before this migration (their next version sets it).
ALTER TABLE tickets ADD COLUMN latest_changed_at TEXT;
-- Whether the latest version is closed: at the same instant, an open version
-- does not replace a closed one.
ALTER TABLE tickets ADD COLUMN latest_closed INTEGER NOT NULL DEFAULT 0;
UPDATE tickets SET latest_closed = (SELECT closed FROM ticket_versions v
    WHERE v.ticket_id = tickets.id AND v.version = tickets.latest_version);

-- Token ids are never reused (AUTOINCREMENT), so that logs and audit trails
-- stay unambiguous. The existing tokens keep their ids and numbering goes on
-- after the largest; the id of a token deleted before this migration that
-- was larger than every remaining one cannot be known, and may be issued once.
CREATE TABLE tokens_autoincrement (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    hash       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    customer   TEXT NOT NULL,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO tokens_autoincrement (id, hash, role, customer, name, created_at)
    SELECT id, hash, role, customer, name, created_at FROM tokens;
DROP TABLE tokens;
ALTER TABLE tokens_autoincrement RENAME TO tokens;
