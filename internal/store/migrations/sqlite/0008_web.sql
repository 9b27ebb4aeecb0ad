-- Web interface sessions: a signed-in browser holds a random session id; only
-- its SHA-256 hash is stored, with the API token it was exchanged for (so
-- that deleting the token ends its sessions) and the form token (CSRF).
CREATE TABLE web_sessions (
    hash       TEXT    PRIMARY KEY,
    token_id   INTEGER NOT NULL,
    csrf       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

-- The ticket list sorts and filters the per-ticket figures.
CREATE INDEX ticket_figures_priority ON ticket_figures (priority, closed_at);
