package store

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Monthly reports are archived in versions, like analyses: each build of a
// month's report for a scope stores a new version. `debrief serve` builds
// last month's reports on the first day of each month with a periodic queue
// job that is unique per month, so that several processes build them once.

// MonthlyRecord is one archived version of a monthly report.
type MonthlyRecord struct {
	// Month is "YYYY-MM"; Scope is "" for the internal report and
	// "customer:NAME" for a customer's external one.
	Month, Scope string
	Version      int
	CreatedAt    time.Time
	// Reason says why it was built ("periodic", "requested").
	Reason   string
	Markdown string
	// Figures is the report's JSON.
	Figures []byte
}

// SaveMonthlyReport archives a new version of a month's report and returns its version.
func (c *core[TTx]) SaveMonthlyReport(ctx context.Context, r MonthlyRecord) (int, error) {
	if r.Month == "" || len(r.Figures) == 0 {
		return 0, fmt.Errorf("store: save monthly report: %w", ErrInvalid)
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = c.now()
	}
	var version int
	err := c.retryUnique(func() error {
		return c.inTx(ctx, func(_ TTx, q querier) error {
			if err := q.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM monthly_reports WHERE month = $1 AND scope = $2`,
				r.Month, r.Scope).Scan(&version); err != nil {
				return err
			}
			return q.exec(ctx, `INSERT INTO monthly_reports (month, scope, version, created_at, reason, markdown, figures)
				VALUES ($1, $2, $3, $4, $5, $6, $7)`, r.Month, c.b.text(r.Scope), version, c.b.timeArg(r.CreatedAt),
				c.b.text(r.Reason), c.b.text(r.Markdown), r.Figures)
		})
	})
	if err != nil {
		return 0, fmt.Errorf("store: save monthly report %s %q: %w", r.Month, r.Scope, err)
	}
	return version, nil
}

// MonthlyReports lists the archived reports of a month (every month if
// empty), newest month first, without their content.
func (c *core[TTx]) MonthlyReports(ctx context.Context, month string) ([]MonthlyRecord, error) {
	rs, err := c.b.reader().query(ctx, `SELECT month, scope, version, created_at, reason FROM monthly_reports
		WHERE $1 = '' OR month = $1 ORDER BY month DESC, scope, version`, month)
	if err != nil {
		return nil, fmt.Errorf("store: list monthly reports: %w", err)
	}
	defer rs.Close()
	out := []MonthlyRecord{}
	for rs.Next() {
		var r MonthlyRecord
		if err := rs.Scan(&r.Month, &r.Scope, &r.Version, scanTime{&r.CreatedAt}, &r.Reason); err != nil {
			return nil, fmt.Errorf("store: list monthly reports: %w", err)
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// MonthlyReport returns one archived report; version <= 0 means the latest.
// ErrNotFound if there is none.
func (c *core[TTx]) MonthlyReport(ctx context.Context, month, scope string, version int) (MonthlyRecord, error) {
	r := MonthlyRecord{Month: month, Scope: scope}
	err := c.b.reader().queryRow(ctx, `SELECT version, created_at, reason, markdown, figures FROM monthly_reports
		WHERE month = $1 AND scope = $2 AND ($3 <= 0 OR version = $3) ORDER BY version DESC LIMIT 1`, month, scope, version).
		Scan(&r.Version, scanTime{&r.CreatedAt}, &r.Reason, &r.Markdown, &r.Figures)
	if isNoRows(err) {
		return r, fmt.Errorf("store: monthly report %s %q: %w", month, scope, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("store: monthly report %s %q: %w", month, scope, err)
	}
	return r, nil
}

// MonthlyFunc builds and archives the monthly reports of month ("YYYY-MM").
type MonthlyFunc func(ctx context.Context, month string) error

// monthlyArgs are the arguments of the job that builds a month's reports.
type monthlyArgs struct {
	Month string `json:"month"`
}

// Kind implements river.JobArgs.
func (monthlyArgs) Kind() string { return "debrief_monthly" }

// InsertOpts makes the job unique per month: whichever process enqueues
// it first, the month's reports are built once.
func (monthlyArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 5, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

type monthlyWorker struct {
	river.WorkerDefaults[monthlyArgs]
	build MonthlyFunc
}

func (w *monthlyWorker) Work(ctx context.Context, job *river.Job[monthlyArgs]) error {
	if err := w.build(ctx, job.Args.Month); err != nil {
		return fmt.Errorf("store: monthly reports of %s: %w", job.Args.Month, err)
	}
	return nil
}

// monthStart is a periodic schedule that fires at the first instant of
// each month in loc.
type monthStart struct{ loc *time.Location }

func (m monthStart) Next(t time.Time) time.Time {
	l := t.In(m.loc)
	return time.Date(l.Year(), l.Month()+1, 1, 0, 0, 0, 0, m.loc)
}

// monthlyJob is the periodic job that builds last month's reports on the
// first of each month (and at start, should a month's build be missing: the
// job is unique per month, so a month already built is not built again).
func monthlyJob(loc *time.Location, now func() time.Time) *river.PeriodicJob {
	return river.NewPeriodicJob(monthStart{loc}, func() (river.JobArgs, *river.InsertOpts) {
		l := now().In(loc)
		last := time.Date(l.Year(), l.Month()-1, 1, 0, 0, 0, 0, loc)
		return monthlyArgs{Month: last.Format("2006-01")}, nil
	}, &river.PeriodicJobOpts{RunOnStart: true})
}

var _ rivertype.JobArgs = monthlyArgs{}
