-- debrief store schema, PostgreSQL, version 1.

-- One row per ticket: its latest version and latest analysis, and the
-- full-text vectors of its latest text (ticket_tsv) and reports (report_tsv).
CREATE TABLE tickets (
    seq             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    customer        TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    latest_version  INTEGER NOT NULL,
    latest_sha256   TEXT    NOT NULL,
    latest_analysis INTEGER NOT NULL DEFAULT 0,
    ticket_tsv      TSVECTOR NOT NULL DEFAULT ''::tsvector,
    report_tsv      TSVECTOR NOT NULL DEFAULT ''::tsvector,
    search          TSVECTOR GENERATED ALWAYS AS (ticket_tsv || report_tsv) STORED
);
CREATE INDEX tickets_customer ON tickets (customer);
CREATE INDEX tickets_search ON tickets USING GIN (search);

-- Every received version of a ticket; raw is the JSON exactly as received.
CREATE TABLE ticket_versions (
    ticket_id   TEXT        NOT NULL REFERENCES tickets (id),
    version     INTEGER     NOT NULL,
    customer    TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    closed      BOOLEAN     NOT NULL,
    closed_at   TIMESTAMPTZ,
    raw         BYTEA       NOT NULL,
    sha256      TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    body        TEXT        NOT NULL,
    PRIMARY KEY (ticket_id, version)
);

-- Every analysis version. job_id is the queue job that made it (NULL for
-- analyses saved directly): unique, so that a job re-run after a crash
-- never stores a second analysis.
CREATE TABLE analyses (
    ticket_id          TEXT        NOT NULL,
    version            INTEGER     NOT NULL,
    ticket_version     INTEGER     NOT NULL,
    job_id             BIGINT      UNIQUE,
    reason             TEXT        NOT NULL,
    writer             TEXT        NOT NULL,
    writer_version     TEXT        NOT NULL,
    model              TEXT        NOT NULL,
    config_hash        TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    technical          TEXT        NOT NULL,
    executive          TEXT        NOT NULL,
    technical_redacted TEXT        NOT NULL,
    executive_redacted TEXT        NOT NULL,
    facts              BYTEA,
    fallback           BOOLEAN     NOT NULL,
    fallback_reason    TEXT        NOT NULL,
    prompt_tokens      INTEGER     NOT NULL,
    completion_tokens  INTEGER     NOT NULL,
    customer           TEXT        NOT NULL,
    closed_at          TIMESTAMPTZ,
    within_sla         BOOLEAN     NOT NULL,
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
    ticket_id        TEXT        NOT NULL,
    analysis_version INTEGER     NOT NULL,
    position         INTEGER     NOT NULL,
    title            TEXT        NOT NULL,
    owner            TEXT        NOT NULL,
    category         TEXT        NOT NULL,
    factor           TEXT        NOT NULL,
    due              TIMESTAMPTZ,
    status           TEXT        NOT NULL,
    PRIMARY KEY (ticket_id, analysis_version, position),
    FOREIGN KEY (ticket_id, analysis_version) REFERENCES analyses (ticket_id, version)
);

-- API tokens: only the SHA-256 hash of the secret.
CREATE TABLE tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash       TEXT        NOT NULL UNIQUE,
    role       TEXT        NOT NULL,
    customer   TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
