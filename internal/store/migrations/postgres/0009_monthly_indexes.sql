-- The action follow-up counts a month's actions from indexes alone (once
-- vacuumed): every column its counts read is in action_items_follow_up, in
-- owner order for its GROUP BY (which leaves the index on opened_at alone
-- unused), whether a ticket has an open action is in
-- action_items_ticket_status, and the oldest open actions come first in
-- action_items_open_since.
DROP INDEX action_items_opened;
CREATE INDEX action_items_follow_up ON action_items (owner, opened_at, status, due, done_at, customer, team);
CREATE INDEX action_items_ticket_status ON action_items (ticket_id, status);
CREATE INDEX action_items_open_since ON action_items (status, opened_at);

-- The monthly reads of earlier months (summaries, tallies, theme
-- signatures) are index-only scans of ticket_figures_month, whatever the
-- order the rows were stored in; it replaces the index on closed_at alone.
CREATE INDEX ticket_figures_month ON ticket_figures (closed_at) INCLUDE (priority, auto_closed, chased,
    fr_target, fr_stopped, fr_met, fr_business, fr_elapsed, fr_over,
    res_target, res_stopped, res_met, res_business, res_elapsed, res_over, upd_target, upd_breaches, signature);
DROP INDEX ticket_figures_closed;
