-- debrief store schema, SQLite, version 1.
-- Times are UTC text, 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (fixed width, so they
-- sort as text); NULL stands for "no time".

-- One row per ticket: its latest version and latest analysis. seq is the
-- rowid of the ticket's row in the search index.
CREATE TABLE tickets (
    seq             INTEGER PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    customer        TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    latest_version  INTEGER NOT NULL,
    latest_sha256   TEXT    NOT NULL,
    latest_analysis INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tickets_customer ON tickets (customer);

-- Every received version of a ticket; raw is the JSON exactly as received.
CREATE TABLE ticket_versions (
    ticket_id   TEXT    NOT NULL REFERENCES tickets (id),
    version     INTEGER NOT NULL,
    customer    TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    closed      INTEGER NOT NULL,
    closed_at   TEXT,
    raw         BLOB    NOT NULL,
    sha256      TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, version)
);

-- Every analysis version. job_id is the queue job that made it (NULL for
-- analyses saved directly): unique, so that a job re-run after a crash
-- never stores a second analysis.
CREATE TABLE analyses (
    ticket_id          TEXT    NOT NULL,
    version            INTEGER NOT NULL,
    ticket_version     INTEGER NOT NULL,
    job_id             INTEGER UNIQUE,
    reason             TEXT    NOT NULL,
    writer             TEXT    NOT NULL,
    writer_version     TEXT    NOT NULL,
    model              TEXT    NOT NULL,
    config_hash        TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    technical          TEXT    NOT NULL,
    executive          TEXT    NOT NULL,
    technical_redacted TEXT    NOT NULL,
    executive_redacted TEXT    NOT NULL,
    facts              BLOB,
    fallback           INTEGER NOT NULL,
    fallback_reason    TEXT    NOT NULL,
    prompt_tokens      INTEGER NOT NULL,
    completion_tokens  INTEGER NOT NULL,
    customer           TEXT    NOT NULL,
    closed_at          TEXT,
    within_sla         INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, version),
    FOREIGN KEY (ticket_id, ticket_version) REFERENCES ticket_versions (ticket_id, version)
);
CREATE INDEX analyses_closed_at ON analyses (closed_at);

CREATE TABLE findings (
    ticket_id        TEXT    NOT NULL,
    analysis_version INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    code             TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    area             TEXT    NOT NULL,
    directive        INTEGER NOT NULL,
    summary          TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, analysis_version, position),
    FOREIGN KEY (ticket_id, analysis_version) REFERENCES analyses (ticket_id, version)
);
CREATE INDEX findings_code ON findings (code);

CREATE TABLE actions (
    ticket_id        TEXT    NOT NULL,
    analysis_version INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    owner            TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    factor           TEXT    NOT NULL,
    due              TEXT,
    status           TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, analysis_version, position),
    FOREIGN KEY (ticket_id, analysis_version) REFERENCES analyses (ticket_id, version)
);

-- API tokens: only the SHA-256 hash of the secret.
CREATE TABLE tokens (
    id         INTEGER PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    customer   TEXT NOT NULL,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Full-text index, one row per ticket (rowid = tickets.seq): the latest
-- subject and text, and the reports of the latest analysis.
CREATE VIRTUAL TABLE search USING fts5 (
    subject, body, reports,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
