package store

import (
	"context"
	"fmt"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
)

// Analysis is one analysis version of a ticket.
type Analysis struct {
	TicketID string
	// Version is 1, 2, 3... per ticket, assigned by the store.
	Version int
	// TicketVersion is the analysed ticket version.
	TicketVersion int
	Writer        string
	WriterVersion string
	Model         string
	ConfigHash    string
	// CreatedAt defaults to the store's clock.
	CreatedAt time.Time
	// Technical and Executive are the Markdown reports. Their shareable,
	// redacted versions are not stored: they are made when read.
	Technical, Executive string
	// Facts is the JSON of the computed statistics, stored byte for byte.
	Facts            []byte
	Findings         []Finding
	Actions          []Action
	Fallback         bool
	FallbackReason   string
	PromptTokens     int
	CompletionTokens int
	// Customer and ClosedAt default to those of the analysed ticket version.
	Customer string
	ClosedAt time.Time
	// WithinSLA tells whether the first response met the SLA.
	WithinSLA bool
	// Reason says why the analysis was made: "ingest", the reason given to
	// Reanalyse, or whatever SaveAnalysis was given.
	Reason string
	// JobID is the queue job that produced the analysis, 0 for SaveAnalysis.
	JobID int64
	// Figures, if set, are stored for the monthly reports (replacing those of
	// an earlier analysis of the ticket); not returned by reads.
	Figures *figures.Figures
}

// Finding is one finding of an analysis.
type Finding struct {
	Code, Kind, Area string
	Directive        int
	Summary          string
}

// Action is one corrective action of an analysis.
type Action struct {
	// Code identifies the action within its ticket across analysis versions
	// (action items are matched on ticket and code); not stored per analysis.
	Code                           string
	Title, Owner, Category, Factor string
	Due                            time.Time
	// Status is "open" or "done"; empty is stored as "open".
	Status string
}

// AnalysisMeta describes an analysis version without its content.
type AnalysisMeta struct {
	Version        int
	TicketVersion  int
	CreatedAt      time.Time
	Writer         string
	WriterVersion  string
	Model          string
	ConfigHash     string
	Fallback       bool
	FallbackReason string
	Reason         string
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
