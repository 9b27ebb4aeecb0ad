package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/riverqueue/river"
)

// backend is what differs between SQLite and PostgreSQL. TTx is the
// transaction type the River driver of the dialect works with.
type backend[TTx any] interface {
	// begin starts a write transaction.
	begin(ctx context.Context) (TTx, querier, error)
	commit(ctx context.Context, tx TTx) error
	rollback(ctx context.Context, tx TTx)
	// reader runs queries outside a transaction.
	reader() querier
	// timeArg turns a time into a query argument (NULL for the zero time).
	timeArg(t time.Time) any
	// text returns s as the database stores it (PostgreSQL cannot store
	// NUL or invalid UTF-8).
	text(s string) string
	// forUpdate is appended to a SELECT that must lock the row it reads.
	forUpdate() string
	isUniqueViolation(err error) bool
	// indexTicket (re)indexes the ticket text of ticket row seq.
	indexTicket(ctx context.Context, q querier, seq int64, isNew bool, subject, text string) error
	// indexReports (re)indexes the latest reports of ticket row seq.
	indexReports(ctx context.Context, q querier, seq int64, technical, executive string) error
	search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error)
	// unindexed counts the tickets changed since the search index was last
	// brought up to date.
	unindexed(ctx context.Context) (int64, error)
	// recoverJobs makes jobs left running by a dead process available again
	// before the workers start (SQLite only; PostgreSQL relies on River's
	// rescuer since other live processes may be running them).
	recoverJobs(ctx context.Context, client *river.Client[TTx]) error
	close() error
}

// core implements Store over a backend. Everything but search and indexing
// is one piece of SQL for both dialects.
type core[TTx any] struct {
	b     backend[TTx]
	opts  Options
	river *river.Client[TTx]
	// batch, if set, groups concurrent ingestions and analyses into shared
	// transactions.
	batch *batcher[TTx]

	mu      sync.Mutex
	started bool
	closed  bool
}

var _ Store = (*core[any])(nil)

// inTx runs fn in a write transaction and commits it if fn succeeds.
func (c *core[TTx]) inTx(ctx context.Context, fn func(tx TTx, q querier) error) error {
	tx, q, err := c.b.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx, q); err != nil {
		c.b.rollback(ctx, tx)
		return err
	}
	if err := c.b.commit(ctx, tx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// retryUnique runs fn again when it fails on a unique constraint: two
// transactions raced to create the same row, and the second attempt sees the
// first one's row. Only PostgreSQL can race; SQLite serialises writers.
func (c *core[TTx]) retryUnique(fn func() error) error {
	var err error
	for range 3 {
		if err = fn(); err == nil || !c.b.isUniqueViolation(err) {
			return err
		}
	}
	return err
}

func (c *core[TTx]) now() time.Time { return normTime(c.opts.Clock()) }

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

// Analyses.

// SaveAnalysis implements Store.
func (c *core[TTx]) SaveAnalysis(ctx context.Context, a Analysis) (int, error) {
	version, _, err := c.saveAlone(ctx, a, 0)
	if err != nil {
		return 0, fmt.Errorf("store: save analysis of ticket %q: %w", a.TicketID, err)
	}
	return version, nil
}

// saveAlone stores an analysis in a transaction of its own.
func (c *core[TTx]) saveAlone(ctx context.Context, a Analysis, jobID int64) (version int, existed bool, err error) {
	err = c.retryUnique(func() error {
		return c.inTx(ctx, func(_ TTx, q querier) error {
			var err error
			version, existed, err = c.saveAnalysis(ctx, q, a, jobID)
			return err
		})
	})
	return version, existed, err
}

// saveJobAnalysis stores the analysis made by a job, together with other
// writes when the store groups them.
func (c *core[TTx]) saveJobAnalysis(ctx context.Context, a Analysis, jobID int64) (version int, existed bool, err error) {
	if c.batch != nil {
		rep := c.batch.submit(&writeReq{ctx: ctx, a: &a, jobID: jobID})
		return rep.version, rep.existed, rep.err
	}
	return c.saveAlone(ctx, a, jobID)
}

// jobAnalysis returns the version of the analysis stored by job jobID, if any.
func (c *core[TTx]) jobAnalysis(ctx context.Context, jobID int64) (version int, ok bool, err error) {
	err = c.b.reader().queryRow(ctx, `SELECT version FROM analyses WHERE job_id = $1`, jobID).Scan(&version)
	if isNoRows(err) {
		return 0, false, nil
	}
	return version, err == nil, err
}

// saveAnalysis stores a within a transaction and returns its version. With
// a job id, an analysis already stored for that job is not stored again:
// its version is returned with existed true.
func (c *core[TTx]) saveAnalysis(ctx context.Context, q querier, a Analysis, jobID int64) (version int, existed bool, err error) {
	var (
		seq           int64
		latest, tvNum int
	)
	err = q.queryRow(ctx, `SELECT seq, latest_analysis, latest_version FROM tickets WHERE id = $1`+c.b.forUpdate(),
		a.TicketID).Scan(&seq, &latest, &tvNum)
	if isNoRows(err) {
		return 0, false, ErrNotFound
	}
	if err != nil {
		return 0, false, err
	}
	if jobID != 0 {
		err = q.queryRow(ctx, `SELECT version FROM analyses WHERE job_id = $1`, jobID).Scan(&version)
		if err == nil {
			return version, true, nil
		}
		if !isNoRows(err) {
			return 0, false, err
		}
	}
	if a.TicketVersion <= 0 {
		a.TicketVersion = tvNum
	}
	var (
		customer string
		closedAt time.Time
	)
	err = q.queryRow(ctx, `SELECT customer, closed_at FROM ticket_versions WHERE ticket_id = $1 AND version = $2`,
		a.TicketID, a.TicketVersion).Scan(&customer, scanTime{&closedAt})
	if isNoRows(err) {
		return 0, false, fmt.Errorf("ticket version %d: %w", a.TicketVersion, ErrNotFound)
	}
	if err != nil {
		return 0, false, err
	}
	if a.Customer == "" {
		a.Customer = customer
	}
	if a.ClosedAt.IsZero() {
		a.ClosedAt = closedAt
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = c.now()
	}
	version = latest + 1
	var job any
	if jobID != 0 {
		job = jobID
	}
	err = q.exec(ctx, `INSERT INTO analyses (ticket_id, version, ticket_version, job_id, reason, writer, writer_version,
		model, config_hash, created_at, technical, executive, facts,
		fallback, fallback_reason, prompt_tokens, completion_tokens, customer, closed_at, within_sla)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
		a.TicketID, version, a.TicketVersion, job, a.Reason, a.Writer, a.WriterVersion,
		a.Model, a.ConfigHash, c.b.timeArg(a.CreatedAt), a.Technical, a.Executive, a.Facts,
		a.Fallback, a.FallbackReason, a.PromptTokens, a.CompletionTokens, a.Customer, c.b.timeArg(a.ClosedAt), a.WithinSLA)
	if err != nil {
		return 0, false, err
	}
	for i, f := range a.Findings {
		err = q.exec(ctx, `INSERT INTO findings (ticket_id, analysis_version, position, code, kind, area, directive, summary)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			a.TicketID, version, i, f.Code, f.Kind, f.Area, f.Directive, f.Summary)
		if err != nil {
			return 0, false, fmt.Errorf("finding %d: %w", i, err)
		}
	}
	for i, ac := range a.Actions {
		status := ac.Status
		if status == "" {
			status = "open"
		}
		err = q.exec(ctx, `INSERT INTO actions (ticket_id, analysis_version, position, title, owner, category, factor, due, status)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			a.TicketID, version, i, ac.Title, ac.Owner, ac.Category, ac.Factor, c.b.timeArg(ac.Due), status)
		if err != nil {
			return 0, false, fmt.Errorf("action %d: %w", i, err)
		}
	}
	if err = q.exec(ctx, `UPDATE tickets SET latest_analysis = $1 WHERE seq = $2`, version, seq); err != nil {
		return 0, false, err
	}
	if err = c.saveMonthly(ctx, q, &a, version); err != nil {
		return 0, false, err
	}
	if err = c.b.indexReports(ctx, q, seq, a.Technical, a.Executive); err != nil {
		return 0, false, fmt.Errorf("index: %w", err)
	}
	return version, false, nil
}

// Unindexed implements Store.
func (c *core[TTx]) Unindexed(ctx context.Context) (int64, error) {
	n, err := c.b.unindexed(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: search index lag: %w", err)
	}
	return n, nil
}

// Analyses implements Store.
func (c *core[TTx]) Analyses(ctx context.Context, ticketID string) ([]AnalysisMeta, error) {
	fail := func(err error) ([]AnalysisMeta, error) {
		return nil, fmt.Errorf("store: list analyses of ticket %q: %w", ticketID, err)
	}
	var one int
	err := c.b.reader().queryRow(ctx, `SELECT 1 FROM tickets WHERE id = $1`, ticketID).Scan(&one)
	if isNoRows(err) {
		return fail(ErrNotFound)
	}
	if err != nil {
		return fail(err)
	}
	rs, err := c.b.reader().query(ctx, `SELECT version, ticket_version, created_at, writer, writer_version, model,
		config_hash, fallback, fallback_reason, reason
		FROM analyses WHERE ticket_id = $1 ORDER BY version`, ticketID)
	if err != nil {
		return fail(err)
	}
	defer rs.Close()
	out := []AnalysisMeta{}
	for rs.Next() {
		var m AnalysisMeta
		if err := rs.Scan(&m.Version, &m.TicketVersion, scanTime{&m.CreatedAt}, &m.Writer, &m.WriterVersion, &m.Model,
			&m.ConfigHash, &m.Fallback, &m.FallbackReason, &m.Reason); err != nil {
			return fail(err)
		}
		out = append(out, m)
	}
	if err := rs.Err(); err != nil {
		return fail(err)
	}
	return out, nil
}

const analysisColumns = `a.ticket_id, a.version, a.ticket_version, a.job_id, a.reason, a.writer, a.writer_version,
	a.model, a.config_hash, a.created_at, a.technical, a.executive, a.facts,
	a.fallback, a.fallback_reason, a.prompt_tokens, a.completion_tokens, a.customer, a.closed_at, a.within_sla`

func scanAnalysis(r row) (Analysis, error) {
	var (
		a     Analysis
		jobID *int64
	)
	err := r.Scan(&a.TicketID, &a.Version, &a.TicketVersion, &jobID, &a.Reason, &a.Writer, &a.WriterVersion,
		&a.Model, &a.ConfigHash, scanTime{&a.CreatedAt}, &a.Technical, &a.Executive, &a.Facts,
		&a.Fallback, &a.FallbackReason, &a.PromptTokens, &a.CompletionTokens, &a.Customer, scanTime{&a.ClosedAt}, &a.WithinSLA)
	if jobID != nil {
		a.JobID = *jobID
	}
	return a, err
}

// Analysis implements Store.
func (c *core[TTx]) Analysis(ctx context.Context, ticketID string, version int) (Analysis, error) {
	fail := func(err error) (Analysis, error) {
		if version <= 0 {
			return Analysis{}, fmt.Errorf("store: load latest analysis of ticket %q: %w", ticketID, err)
		}
		return Analysis{}, fmt.Errorf("store: load analysis %d of ticket %q: %w", version, ticketID, err)
	}
	var r row
	if version <= 0 {
		r = c.b.reader().queryRow(ctx, `SELECT `+analysisColumns+` FROM analyses a
			JOIN tickets t ON t.id = a.ticket_id AND t.latest_analysis = a.version WHERE t.id = $1`, ticketID)
	} else {
		r = c.b.reader().queryRow(ctx, `SELECT `+analysisColumns+` FROM analyses a
			WHERE a.ticket_id = $1 AND a.version = $2`, ticketID, version)
	}
	a, err := scanAnalysis(r)
	if isNoRows(err) {
		return fail(ErrNotFound)
	}
	if err != nil {
		return fail(err)
	}
	filter := ` WHERE x.ticket_id = $1 AND x.analysis_version = $2`
	findings, err := c.findingRows(ctx, filter, a.TicketID, a.Version)
	if err != nil {
		return fail(err)
	}
	for _, f := range findings {
		a.Findings = append(a.Findings, f.Finding)
	}
	actions, err := c.actionRows(ctx, filter, a.TicketID, a.Version)
	if err != nil {
		return fail(err)
	}
	for _, ac := range actions {
		a.Actions = append(a.Actions, ac.Action)
	}
	return a, nil
}

// reportWhere builds the filter of the report queries: latest analyses only,
// by customer and closing time. It returns the clause and its arguments.
func (c *core[TTx]) reportWhere(f ReportFilter) (string, []any) {
	var (
		b    strings.Builder
		args []any
	)
	b.WriteString(` WHERE a.version = (SELECT t.latest_analysis FROM tickets t WHERE t.id = a.ticket_id)`)
	add := func(cond string, v any) {
		args = append(args, v)
		b.WriteString(" AND " + strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	if f.Customer != "" {
		add("a.customer = ?", f.Customer)
	}
	if !f.From.IsZero() {
		add("a.closed_at >= ?", c.b.timeArg(f.From))
	}
	if !f.To.IsZero() {
		add("a.closed_at < ?", c.b.timeArg(f.To))
	}
	return b.String(), args
}

// LatestAnalyses implements Store.
func (c *core[TTx]) LatestAnalyses(ctx context.Context, f ReportFilter) ([]Analysis, error) {
	fail := func(err error) ([]Analysis, error) {
		return nil, fmt.Errorf("store: list latest analyses: %w", err)
	}
	where, args := c.reportWhere(f)
	rs, err := c.b.reader().query(ctx, `SELECT `+analysisColumns+` FROM analyses a`+where+
		` ORDER BY a.closed_at, a.ticket_id`, args...)
	if err != nil {
		return fail(err)
	}
	out := []Analysis{}
	index := map[string]int{}
	for rs.Next() {
		a, err := scanAnalysis(rs)
		if err != nil {
			rs.Close()
			return fail(err)
		}
		index[a.TicketID] = len(out)
		out = append(out, a)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fail(err)
	}
	findings, err := c.Findings(ctx, f)
	if err != nil {
		return fail(err)
	}
	for _, r := range findings {
		if i, ok := index[r.TicketID]; ok && out[i].Version == r.AnalysisVersion {
			out[i].Findings = append(out[i].Findings, r.Finding)
		}
	}
	actions, err := c.Actions(ctx, f)
	if err != nil {
		return fail(err)
	}
	for _, r := range actions {
		if i, ok := index[r.TicketID]; ok && out[i].Version == r.AnalysisVersion {
			out[i].Actions = append(out[i].Actions, r.Action)
		}
	}
	return out, nil
}

// Findings implements Store.
func (c *core[TTx]) Findings(ctx context.Context, f ReportFilter) ([]FindingRow, error) {
	where, args := c.reportWhere(f)
	out, err := c.findingRows(ctx, where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list findings: %w", err)
	}
	return out, nil
}

// findingRows selects findings x joined to their analysis a.
func (c *core[TTx]) findingRows(ctx context.Context, where string, args ...any) ([]FindingRow, error) {
	rs, err := c.b.reader().query(ctx, `SELECT x.ticket_id, x.analysis_version, a.customer, a.closed_at,
		x.code, x.kind, x.area, x.directive, x.summary
		FROM findings x JOIN analyses a ON a.ticket_id = x.ticket_id AND a.version = x.analysis_version`+where+`
		ORDER BY a.closed_at, x.ticket_id, x.position`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []FindingRow{}
	for rs.Next() {
		var r FindingRow
		if err := rs.Scan(&r.TicketID, &r.AnalysisVersion, &r.Customer, scanTime{&r.ClosedAt},
			&r.Code, &r.Kind, &r.Area, &r.Directive, &r.Summary); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// Actions implements Store.
func (c *core[TTx]) Actions(ctx context.Context, f ReportFilter) ([]ActionRow, error) {
	where, args := c.reportWhere(f)
	out, err := c.actionRows(ctx, where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list actions: %w", err)
	}
	return out, nil
}

func (c *core[TTx]) actionRows(ctx context.Context, where string, args ...any) ([]ActionRow, error) {
	rs, err := c.b.reader().query(ctx, `SELECT x.ticket_id, x.analysis_version, a.customer, a.closed_at,
		x.title, x.owner, x.category, x.factor, x.due, x.status
		FROM actions x JOIN analyses a ON a.ticket_id = x.ticket_id AND a.version = x.analysis_version`+where+`
		ORDER BY a.closed_at, x.ticket_id, x.position`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []ActionRow{}
	for rs.Next() {
		var r ActionRow
		if err := rs.Scan(&r.TicketID, &r.AnalysisVersion, &r.Customer, scanTime{&r.ClosedAt},
			&r.Title, &r.Owner, &r.Category, &r.Factor, scanTime{&r.Due}, &r.Status); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// Search implements Store.
func (c *core[TTx]) Search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	if opts.Limit <= 0 {
		opts.Limit = 20
	}
	opts.Limit = min(opts.Limit, 200)
	hits, err := c.b.search(ctx, query, opts)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return hits, nil
}

// Tokens.

// CreateToken implements Store.
func (c *core[TTx]) CreateToken(ctx context.Context, t Token) (int64, error) {
	if t.Hash == "" {
		return 0, fmt.Errorf("store: create token: empty hash: %w", ErrInvalid)
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = c.now()
	}
	var id int64
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.queryRow(ctx, `INSERT INTO tokens (hash, role, customer, name, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			t.Hash, t.Role, t.Customer, t.Name, c.b.timeArg(t.CreatedAt)).Scan(&id)
	})
	if c.b.isUniqueViolation(err) {
		err = ErrExists
	}
	if err != nil {
		return 0, fmt.Errorf("store: create token %q: %w", t.Name, err)
	}
	return id, nil
}

const tokenColumns = `id, hash, role, customer, name, created_at`

// CacheGet implements Store.
func (c *core[TTx]) CacheGet(ctx context.Context, key string) ([]byte, bool, error) {
	var v []byte
	err := c.b.reader().queryRow(ctx, `SELECT value FROM llm_cache WHERE key = $1`, key).Scan(&v)
	switch {
	case isNoRows(err):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("store: cache get: %w", err)
	}
	return v, true, nil
}

// CachePut implements Store.
func (c *core[TTx]) CachePut(ctx context.Context, key string, value []byte) error {
	if key == "" {
		return fmt.Errorf("store: cache put: empty key: %w", ErrInvalid)
	}
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.exec(ctx, `INSERT INTO llm_cache (key, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
			key, value, c.b.timeArg(c.now()))
	})
	if err != nil {
		return fmt.Errorf("store: cache put: %w", err)
	}
	return nil
}

func scanToken(r row) (Token, error) {
	var t Token
	err := r.Scan(&t.ID, &t.Hash, &t.Role, &t.Customer, &t.Name, scanTime{&t.CreatedAt})
	return t, err
}

// TokenByHash implements Store.
func (c *core[TTx]) TokenByHash(ctx context.Context, hash string) (Token, error) {
	t, err := scanToken(c.b.reader().queryRow(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE hash = $1`, hash))
	if isNoRows(err) {
		err = ErrNotFound
	}
	if err != nil {
		// The hash is a credential: keep it out of error messages.
		return Token{}, fmt.Errorf("store: load token by hash: %w", err)
	}
	return t, nil
}

// Tokens implements Store.
func (c *core[TTx]) Tokens(ctx context.Context) ([]Token, error) {
	rs, err := c.b.reader().query(ctx, `SELECT `+tokenColumns+` FROM tokens ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: list tokens: %w", err)
	}
	defer rs.Close()
	out := []Token{}
	for rs.Next() {
		t, err := scanToken(rs)
		if err != nil {
			return nil, fmt.Errorf("store: list tokens: %w", err)
		}
		out = append(out, t)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: list tokens: %w", err)
	}
	return out, nil
}

// DeleteToken implements Store.
func (c *core[TTx]) DeleteToken(ctx context.Context, id int64) error {
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		var got int64
		err := q.queryRow(ctx, `DELETE FROM tokens WHERE id = $1 RETURNING id`, id).Scan(&got)
		if isNoRows(err) {
			return ErrNotFound
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete token %d: %w", id, err)
	}
	return nil
}

// Close implements Store.
func (c *core[TTx]) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	started := c.started
	c.started = false
	c.mu.Unlock()
	var errs []error
	if started {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := c.river.StopAndCancel(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop workers: %w", err))
		}
	}
	if c.batch != nil {
		c.batch.stop()
	}
	if err := c.b.close(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}
