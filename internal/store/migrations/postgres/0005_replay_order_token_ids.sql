-- Issue 11: what a restart or a second serve process must not forget.
--
-- Webhook deliveries seen, by signature, until their replay window closes:
-- a replay is refused across restarts and across processes sharing the
-- database. Rows past expires_at are deleted as new deliveries arrive.
CREATE TABLE webhook_deliveries (
    signature  TEXT        NOT NULL PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_deliveries_expires ON webhook_deliveries (expires_at);

-- The time of the latest version's last change (its last event, close or
-- creation): a version whose last change is earlier is refused, so that an
-- old delivery never moves a ticket backwards. NULL for tickets stored
-- before this migration (their next version sets it).
ALTER TABLE tickets ADD COLUMN latest_changed_at TIMESTAMPTZ;
-- Whether the latest version is closed: at the same instant, an open version
-- does not replace a closed one.
ALTER TABLE tickets ADD COLUMN latest_closed BOOLEAN NOT NULL DEFAULT false;
UPDATE tickets SET latest_closed = v.closed FROM ticket_versions v
    WHERE v.ticket_id = tickets.id AND v.version = tickets.latest_version;

-- Token ids are already never reused here: tokens.id is an identity column,
-- whose sequence never goes back.
