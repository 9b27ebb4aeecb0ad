package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// TicketVersion is one received version of a ticket.
type TicketVersion struct {
	TicketID string
	// Version is 1, 2, 3... per ticket, assigned by the store.
	Version  int
	Customer string
	// Subject is shown in search hits and weighted highest in the index.
	Subject  string
	Closed   bool
	ClosedAt time.Time
	// Raw is the ticket JSON exactly as received.
	Raw []byte
	// SHA256 is the hex SHA-256 of the content used to detect duplicates. If
	// empty, IngestTicket computes it from Raw.
	SHA256 string
	// ReceivedAt defaults to the store's clock.
	ReceivedAt time.Time
	// Text is the subject and message bodies, indexed for search.
	Text string
	// Base, if set, makes IngestTicket conditional: the ticket's latest
	// version must still be *Base (0: the ticket must not exist yet), else
	// nothing is stored and ErrConflict is returned. A version merged from
	// the stored one (a helpdesk delivering one article at a time) names
	// it, so that concurrent merges in several processes lose nothing: the
	// loser merges again.
	Base *int
	// ChangedAt is the ticket's last change (its last event, close or
	// creation). If set, IngestTicket refuses with ErrStale a version that
	// changed before the latest stored one, or at the same instant but open
	// where the stored one is closed: an old delivery never moves a ticket
	// backwards.
	ChangedAt time.Time
}

// IngestResult tells what IngestTicket did.
type IngestResult struct {
	TicketID string
	// Version is the stored version (the existing latest one for a duplicate).
	Version int
	// Duplicate is true when the content equals the latest version: nothing
	// new was stored and no job was enqueued.
	Duplicate bool
	// JobID is the enqueued analysis job, 0 if none was enqueued.
	JobID int64
}

// Tickets.

// IngestTicket implements Store.
func (c *core[TTx]) IngestTicket(ctx context.Context, tv TicketVersion, analyse bool) (IngestResult, error) {
	if tv.TicketID == "" {
		return IngestResult{}, fmt.Errorf("store: ingest ticket: empty ticket id: %w", ErrInvalid)
	}
	if len(tv.Raw) == 0 {
		return IngestResult{}, fmt.Errorf("store: ingest ticket %q: no raw content: %w", tv.TicketID, ErrInvalid)
	}
	if tv.SHA256 == "" {
		sum := sha256.Sum256(tv.Raw)
		tv.SHA256 = hex.EncodeToString(sum[:])
	}
	if tv.ReceivedAt.IsZero() {
		tv.ReceivedAt = c.now()
	}
	var (
		res IngestResult
		err error
	)
	if c.batch != nil {
		rep := c.batch.submit(&writeReq{ctx: ctx, tv: &tv, analyse: analyse})
		res, err = rep.res, rep.err
	} else {
		res, err = c.ingestAlone(ctx, tv, analyse)
	}
	if err != nil {
		return IngestResult{}, fmt.Errorf("store: ingest ticket %q: %w", tv.TicketID, err)
	}
	return res, nil
}

// ingestAlone ingests one ticket version in a transaction of its own.
func (c *core[TTx]) ingestAlone(ctx context.Context, tv TicketVersion, analyse bool) (IngestResult, error) {
	var res IngestResult
	err := c.retryUnique(func() error {
		return c.inTx(ctx, func(tx TTx, q querier) error {
			var err error
			if res, err = c.ingest(ctx, q, tv); err != nil || !analyse || res.Duplicate {
				return err
			}
			job, err := c.river.InsertTx(ctx, tx, c.ingestJob(res), nil)
			if err != nil {
				return fmt.Errorf("enqueue: %w", err)
			}
			res.JobID = job.Job.ID
			return nil
		})
	})
	return res, err
}

// ingestJob is the analysis job of a newly ingested version.
func (c *core[TTx]) ingestJob(res IngestResult) analyseArgs {
	return analyseArgs{TicketID: c.b.text(res.TicketID), TicketVersion: res.Version, Reason: "ingest"}
}

// ingest stores tv within a transaction unless it duplicates the latest
// version. It enqueues nothing.
func (c *core[TTx]) ingest(ctx context.Context, q querier, tv TicketVersion) (IngestResult, error) {
	res := IngestResult{TicketID: tv.TicketID}
	var (
		seq         int64
		latest      int
		lastSum     string
		lastChanged time.Time
		lastClosed  bool
	)
	err := q.queryRow(ctx, `SELECT seq, latest_version, latest_sha256, latest_changed_at, latest_closed
		FROM tickets WHERE id = $1`+c.b.forUpdate(),
		tv.TicketID).Scan(&seq, &latest, &lastSum, scanTime{&lastChanged}, &lastClosed)
	isNew := isNoRows(err)
	switch {
	case isNew:
	case err != nil:
		return res, err
	case lastSum == tv.SHA256:
		res.Version, res.Duplicate = latest, true
		return res, nil
	}
	if tv.Base != nil && *tv.Base != latest { // latest is 0 for a new ticket
		return res, fmt.Errorf("ticket %q is at version %d, not %d: %w", tv.TicketID, latest, *tv.Base, ErrConflict)
	}
	// After the conflict check: a merge into an outdated version is redone
	// rather than refused.
	if err := stale(tv, lastChanged, lastClosed); err != nil {
		return res, err
	}
	res.Version = latest + 1
	if isNew {
		err = q.queryRow(ctx, `INSERT INTO tickets (id, customer, subject, latest_version, latest_sha256, latest_changed_at, latest_closed)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
			tv.TicketID, tv.Customer, tv.Subject, res.Version, tv.SHA256, c.b.timeArg(tv.ChangedAt), tv.Closed).Scan(&seq)
	} else {
		err = q.exec(ctx, `UPDATE tickets SET customer = $1, subject = $2, latest_version = $3, latest_sha256 = $4,
			latest_changed_at = COALESCE($5, latest_changed_at), latest_closed = $6 WHERE seq = $7`,
			tv.Customer, tv.Subject, res.Version, tv.SHA256, c.b.timeArg(tv.ChangedAt), tv.Closed, seq)
	}
	if err != nil {
		return res, err
	}
	err = q.exec(ctx, `INSERT INTO ticket_versions
		(ticket_id, version, customer, subject, closed, closed_at, raw, sha256, received_at, body)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		tv.TicketID, res.Version, tv.Customer, tv.Subject, tv.Closed, c.b.timeArg(tv.ClosedAt),
		tv.Raw, tv.SHA256, c.b.timeArg(tv.ReceivedAt), tv.Text)
	if err != nil {
		return res, err
	}
	if err := c.b.indexTicket(ctx, q, seq, isNew, tv.Subject, tv.Text); err != nil {
		return res, fmt.Errorf("index: %w", err)
	}
	return res, nil
}

const ticketColumns = `v.ticket_id, v.version, v.customer, v.subject, v.closed, v.closed_at, v.raw, v.sha256, v.received_at, v.body`

func scanTicket(r row) (TicketVersion, error) {
	var tv TicketVersion
	err := r.Scan(&tv.TicketID, &tv.Version, &tv.Customer, &tv.Subject, &tv.Closed, scanTime{&tv.ClosedAt},
		&tv.Raw, &tv.SHA256, scanTime{&tv.ReceivedAt}, &tv.Text)
	return tv, err
}

// Ticket implements Store.
func (c *core[TTx]) Ticket(ctx context.Context, id string) (TicketVersion, error) {
	return c.TicketVersion(ctx, id, 0)
}

// TicketVersion implements Store.
func (c *core[TTx]) TicketVersion(ctx context.Context, id string, version int) (TicketVersion, error) {
	tv, err := c.ticketVersion(ctx, id, version)
	if err != nil {
		if version <= 0 {
			return TicketVersion{}, fmt.Errorf("store: load ticket %q: %w", id, err)
		}
		return TicketVersion{}, fmt.Errorf("store: load ticket %q version %d: %w", id, version, err)
	}
	return tv, nil
}

// ticketVersion loads one version of a ticket, the latest if version is 0.
func (c *core[TTx]) ticketVersion(ctx context.Context, id string, version int) (TicketVersion, error) {
	var r row
	if version <= 0 {
		r = c.b.reader().queryRow(ctx, `SELECT `+ticketColumns+` FROM ticket_versions v
			JOIN tickets t ON t.id = v.ticket_id AND t.latest_version = v.version WHERE t.id = $1`, id)
	} else {
		r = c.b.reader().queryRow(ctx, `SELECT `+ticketColumns+` FROM ticket_versions v
			WHERE v.ticket_id = $1 AND v.version = $2`, id, version)
	}
	tv, err := scanTicket(r)
	if isNoRows(err) {
		return TicketVersion{}, ErrNotFound
	}
	return tv, err
}

// TicketVersions implements Store.
func (c *core[TTx]) TicketVersions(ctx context.Context, id string) ([]TicketVersion, error) {
	rs, err := c.b.reader().query(ctx, `SELECT `+ticketColumns+` FROM ticket_versions v
		WHERE v.ticket_id = $1 ORDER BY v.version`, id)
	if err != nil {
		return nil, fmt.Errorf("store: load ticket %q versions: %w", id, err)
	}
	defer rs.Close()
	var out []TicketVersion
	for rs.Next() {
		tv, err := scanTicket(rs)
		if err != nil {
			return nil, fmt.Errorf("store: load ticket %q versions: %w", id, err)
		}
		out = append(out, tv)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: load ticket %q versions: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("store: load ticket %q versions: %w", id, ErrNotFound)
	}
	return out, nil
}

// Reanalyse implements Store.
func (c *core[TTx]) Reanalyse(ctx context.Context, id string, reason string) (int64, error) {
	var jobID int64
	err := c.inTx(ctx, func(tx TTx, q querier) error {
		var version int
		err := q.queryRow(ctx, `SELECT latest_version FROM tickets WHERE id = $1`, id).Scan(&version)
		if isNoRows(err) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		job, err := c.river.InsertTx(ctx, tx, analyseArgs{TicketID: c.b.text(id), TicketVersion: version, Reason: c.b.text(reason)}, nil)
		if err != nil {
			return fmt.Errorf("enqueue: %w", err)
		}
		jobID = job.Job.ID
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: reanalyse ticket %q: %w", id, err)
	}
	return jobID, nil
}
