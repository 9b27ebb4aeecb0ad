-- Figures for the monthly reports: one row per ticket, from its latest
-- analysis, so that a month is aggregated without decoding any analysis.
-- Backfilled from the stored facts when the store opens an older archive.
CREATE TABLE ticket_figures (
    ticket_id        TEXT    PRIMARY KEY,
    analysis_version INTEGER NOT NULL,
    closed_at        TIMESTAMPTZ    NOT NULL,
    customer         TEXT    NOT NULL,
    team             TEXT    NOT NULL,
    priority         TEXT    NOT NULL,
    sla              TEXT    NOT NULL,
    close_reason     TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    auto_closed      BOOLEAN NOT NULL,
    chased           BOOLEAN NOT NULL,
    fr_target        BOOLEAN NOT NULL,
    fr_stopped       BOOLEAN NOT NULL,
    fr_met           BOOLEAN NOT NULL,
    fr_business      BIGINT NOT NULL,
    fr_elapsed       BIGINT NOT NULL,
    fr_over          BIGINT NOT NULL,
    res_target       BOOLEAN NOT NULL,
    res_stopped      BOOLEAN NOT NULL,
    res_met          BOOLEAN NOT NULL,
    res_business     BIGINT NOT NULL,
    res_elapsed      BIGINT NOT NULL,
    res_over         BIGINT NOT NULL,
    upd_target       BOOLEAN NOT NULL,
    upd_breaches     INTEGER NOT NULL,
    impact_known     BOOLEAN NOT NULL,
    impact_seconds   BIGINT NOT NULL,
    cost             BIGINT NOT NULL,
    currency         TEXT    NOT NULL,
    factors          TEXT    NOT NULL,
    cause            TEXT    NOT NULL,
    directives       TEXT    NOT NULL,
    signature        BYTEA
);
CREATE INDEX ticket_figures_closed ON ticket_figures (closed_at);
CREATE INDEX ticket_figures_customer ON ticket_figures (customer, closed_at);
CREATE INDEX ticket_figures_team ON ticket_figures (team, closed_at);

-- Corrective and preventive actions with a life of their own: one row per
-- ticket and action code, whatever the number of analysis versions.
CREATE TABLE action_items (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id        TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    customer         TEXT    NOT NULL,
    team             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    owner            TEXT    NOT NULL,
    owner_set        BOOLEAN NOT NULL DEFAULT FALSE,
    due              TIMESTAMPTZ,
    due_set          BOOLEAN NOT NULL DEFAULT FALSE,
    status           TEXT    NOT NULL,
    opened_at        TIMESTAMPTZ    NOT NULL,
    done_at          TIMESTAMPTZ,
    analysis_version INTEGER NOT NULL,
    UNIQUE (ticket_id, code)
);
CREATE INDEX action_items_status ON action_items (status, due);
CREATE INDEX action_items_opened ON action_items (opened_at);

-- Every change of an action's status, owner or due date: who and when.
CREATE TABLE action_events (
    action_id BIGINT  NOT NULL REFERENCES action_items (id),
    at        TIMESTAMPTZ    NOT NULL,
    who       TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    owner     TEXT    NOT NULL,
    due       TIMESTAMPTZ,
    note      TEXT    NOT NULL
);
CREATE INDEX action_events_action ON action_events (action_id, at);
