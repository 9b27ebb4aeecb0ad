-- ticket_figures clustered by closing time: the monthly reports read months
-- of rows in closing order, which from a table in insertion order cost one
-- B-tree descent per row (most of a report's time at a million tickets). A
-- WITHOUT ROWID table keyed (closed_at, ticket_id) keeps a month's rows
-- together and in order; ticket_id stays unique through its own index.
CREATE TABLE ticket_figures_by_closing (
    ticket_id        TEXT    NOT NULL,
    analysis_version INTEGER NOT NULL,
    closed_at        TEXT    NOT NULL,
    customer         TEXT    NOT NULL,
    team             TEXT    NOT NULL,
    priority         TEXT    NOT NULL,
    sla              TEXT    NOT NULL,
    close_reason     TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    auto_closed      INTEGER NOT NULL,
    chased           INTEGER NOT NULL,
    fr_target        INTEGER NOT NULL,
    fr_stopped       INTEGER NOT NULL,
    fr_met           INTEGER NOT NULL,
    fr_business      INTEGER NOT NULL,
    fr_elapsed       INTEGER NOT NULL,
    fr_over          INTEGER NOT NULL,
    res_target       INTEGER NOT NULL,
    res_stopped      INTEGER NOT NULL,
    res_met          INTEGER NOT NULL,
    res_business     INTEGER NOT NULL,
    res_elapsed      INTEGER NOT NULL,
    res_over         INTEGER NOT NULL,
    upd_target       INTEGER NOT NULL,
    upd_breaches     INTEGER NOT NULL,
    impact_known     INTEGER NOT NULL,
    impact_seconds   INTEGER NOT NULL,
    cost             INTEGER NOT NULL,
    currency         TEXT    NOT NULL,
    factors          TEXT    NOT NULL,
    cause            TEXT    NOT NULL,
    directives       TEXT    NOT NULL,
    signature        BLOB,
    PRIMARY KEY (closed_at, ticket_id)
) WITHOUT ROWID;
INSERT INTO ticket_figures_by_closing (ticket_id, analysis_version, closed_at, customer, team, priority, sla, close_reason, subject,
    auto_closed, chased, fr_target, fr_stopped, fr_met, fr_business, fr_elapsed, fr_over,
    res_target, res_stopped, res_met, res_business, res_elapsed, res_over, upd_target, upd_breaches,
    impact_known, impact_seconds, cost, currency, factors, cause, directives, signature)
SELECT ticket_id, analysis_version, closed_at, customer, team, priority, sla, close_reason, subject,
    auto_closed, chased, fr_target, fr_stopped, fr_met, fr_business, fr_elapsed, fr_over,
    res_target, res_stopped, res_met, res_business, res_elapsed, res_over, upd_target, upd_breaches,
    impact_known, impact_seconds, cost, currency, factors, cause, directives, signature
FROM ticket_figures ORDER BY closed_at, ticket_id;
DROP TABLE ticket_figures;
ALTER TABLE ticket_figures_by_closing RENAME TO ticket_figures;
CREATE UNIQUE INDEX ticket_figures_ticket ON ticket_figures (ticket_id);
CREATE INDEX ticket_figures_customer ON ticket_figures (customer, closed_at);
CREATE INDEX ticket_figures_team ON ticket_figures (team, closed_at);
CREATE INDEX ticket_figures_priority ON ticket_figures (priority, closed_at);
-- The twelve months of SLA trend are counted from this index alone.
CREATE INDEX ticket_figures_tally ON ticket_figures (closed_at, priority, fr_target, fr_met, res_target, res_met, upd_target, upd_breaches);

-- The action follow-up counts a month's actions from indexes alone: every
-- column its counts read is in action_items_follow_up, in owner order for
-- its GROUP BY (which leaves the index on opened_at alone unused), whether a
-- ticket has an open action is in action_items_ticket_status, and the
-- oldest open actions come first in action_items_open_since.
DROP INDEX action_items_opened;
CREATE INDEX action_items_follow_up ON action_items (owner, opened_at, status, due, done_at, customer, team);
CREATE INDEX action_items_ticket_status ON action_items (ticket_id, status);
CREATE INDEX action_items_open_since ON action_items (status, opened_at);
