package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// SQLite's search index lives in a database file of its own, next to the
// archive ("debrief.db-search" for "debrief.db"), kept up to date by a
// background indexer. SQLite has one writer per file: indexing with FTS5
// (tokenising, stemming, merging segments) cost as much of the archive's one
// writer as everything else an analysis stores, and ingestion and analysis
// waited for it. In a file of its own it is written in parallel.
//
// The archive marks what changed: every ingestion and analysis sets the
// ticket's tickets.changed to the next number. The indexer reads tickets
// changed after its mark, writes their rows and the new mark in one
// transaction of the search file, so a crash of either side loses nothing
// and indexes nothing twice. The index holds derived data only: a missing,
// foreign or outdated search file is rebuilt from the archive.

// searchFormat is the layout of the search file; another value in a file
// makes the indexer rebuild it.
const searchFormat = 1

// indexBatch is the most tickets the indexer writes in one transaction.
const indexBatch = 256

// searchWait bounds how long a search waits for the index to reach the
// changes committed before it began.
const searchWait = 2 * time.Second

const searchSchema = `
CREATE TABLE IF NOT EXISTS search_state (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    mark   INTEGER NOT NULL
);
-- One row per ticket (rowid = tickets.seq): the latest subject and text,
-- the reports of the latest analysis, and the customer (not searchable, for
-- the customer filter).
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
    subject, body, reports, customer UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);`

// searchIndex is the search file of a SQLite store and its indexer.
type searchIndex struct {
	// main reads the archive; w writes the search file, r reads it.
	main, w, r *sql.DB
	log        *slog.Logger
	// mark is the last change indexed by this process's indexer or seen
	// in the search file.
	mark  atomic.Int64
	nudge chan struct{}
	quit  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// searchPath is the search file of the archive at path.
func searchPath(path string) string {
	if path == ":memory:" {
		return path
	}
	return path + "-search"
}

// openSearchIndex opens (creating or rebuilding as needed) the search file
// of the archive at path, whose readers are main, and starts the indexer.
func openSearchIndex(ctx context.Context, path string, main *sql.DB, log *slog.Logger) (_ *searchIndex, err error) {
	ix := &searchIndex{main: main, log: log, nudge: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	defer func() {
		if err != nil {
			ix.closeDBs()
		}
	}()
	file := searchPath(path)
	if ix.w, ix.r, err = openSQLiteFile(file); err != nil {
		return nil, fmt.Errorf("search index %s: %w", file, err)
	}
	if err = retryBusy(ctx, func() error { return ix.prepare(ctx) }); err != nil {
		return nil, fmt.Errorf("search index %s: %w", file, err)
	}
	go ix.run()
	return ix, nil
}

// prepare creates the search file's tables, or empties them when the file
// has another format or marks changes the archive never made (it belongs
// to another archive).
func (ix *searchIndex) prepare(ctx context.Context) error {
	tx, err := ix.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, searchSchema); err != nil {
		return err
	}
	var (
		format, mark int64
		rebuild      string
	)
	err = tx.QueryRowContext(ctx, `SELECT format, mark FROM search_state`).Scan(&format, &mark)
	switch {
	case isNoRows(err):
	case err != nil:
		return err
	case format != searchFormat:
		rebuild = fmt.Sprintf("format %d, want %d", format, searchFormat)
	default:
		var latest int64
		if err := ix.main.QueryRowContext(ctx, `SELECT coalesce(max(changed), 0) FROM tickets`).Scan(&latest); err != nil {
			return err
		}
		if mark > latest {
			rebuild = "it indexes changes this archive never made"
		}
	}
	if rebuild != "" {
		ix.log.WarnContext(ctx, "store: rebuilding the search index", "reason", rebuild)
		if _, err := tx.ExecContext(ctx, `DROP TABLE search; DELETE FROM search_state;`+searchSchema); err != nil {
			return err
		}
		mark = 0
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_state (id, format, mark) VALUES (1, $1, $2)
		ON CONFLICT (id) DO UPDATE SET format = excluded.format, mark = excluded.mark`, searchFormat, mark); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	ix.mark.Store(mark)
	return nil
}

// changed tells the indexer that the archive committed changes.
func (ix *searchIndex) changed() {
	select {
	case ix.nudge <- struct{}{}:
	default:
	}
}

// run indexes changes until stop: at once when nudged, else every 200 ms
// (changes may come from another process), and again at once while a
// backlog remains.
func (ix *searchIndex) run() {
	defer close(ix.done)
	ctx := context.Background()
	for {
		n, err := ix.step(ctx)
		if err != nil {
			ix.log.ErrorContext(ctx, "store: search indexing failed; retrying", "error", err)
		}
		if err == nil && n == indexBatch {
			select {
			case <-ix.quit:
				return
			default:
				continue
			}
		}
		wait := 200 * time.Millisecond
		if err != nil {
			wait = time.Second
		}
		select {
		case <-ix.quit:
			return
		case <-ix.nudge:
		case <-time.After(wait):
		}
	}
}

// indexRow is one ticket's row of the index.
type indexRow struct {
	seq, changed                     int64
	subject, body, reports, customer string
}

// step indexes up to indexBatch changed tickets in one transaction of the
// search file and returns how many.
func (ix *searchIndex) step(ctx context.Context) (int, error) {
	tx, err := ix.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback() }()
	// Read the mark inside the transaction: another process may index the
	// same archive.
	var mark int64
	if err := tx.QueryRowContext(ctx, `SELECT mark FROM search_state`).Scan(&mark); err != nil {
		return 0, err
	}
	rs, err := ix.main.QueryContext(ctx, `SELECT t.seq, t.changed, v.subject, v.body,
			coalesce(a.technical || char(10) || char(10) || a.executive, ''), v.customer
		FROM tickets t
		JOIN ticket_versions v ON v.ticket_id = t.id AND v.version = t.latest_version
		LEFT JOIN analyses a ON a.ticket_id = t.id AND a.version = t.latest_analysis
		WHERE t.changed > $1 ORDER BY t.changed LIMIT $2`, mark, indexBatch)
	if err != nil {
		return 0, err
	}
	var batch []indexRow
	for rs.Next() {
		var r indexRow
		if err := rs.Scan(&r.seq, &r.changed, &r.subject, &r.body, &r.reports, &r.customer); err != nil {
			rs.Close()
			return 0, err
		}
		batch = append(batch, r)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return 0, err
	}
	if len(batch) == 0 {
		ix.mark.Store(mark)
		return 0, nil
	}
	last := batch[len(batch)-1].changed
	// In row order: FTS5 keeps a transaction's new entries in memory only
	// while rows come in ascending order, and flushes a segment to disk
	// when a lower row follows a higher one.
	slices.SortFunc(batch, func(a, b indexRow) int { return cmp.Compare(a.seq, b.seq) })
	for _, r := range batch {
		if _, err := tx.ExecContext(ctx, `DELETE FROM search WHERE rowid = $1`, r.seq); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search (rowid, subject, body, reports, customer)
			VALUES ($1, $2, $3, $4, $5)`, r.seq, r.subject, r.body, r.reports, r.customer); err != nil {
			return 0, err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE search_state SET mark = $1`, last); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	ix.mark.Store(last)
	return len(batch), nil
}

// catchUp waits, up to searchWait, until the index holds every change the
// archive had committed when catchUp was called.
func (ix *searchIndex) catchUp(ctx context.Context) error {
	var target int64
	if err := ix.main.QueryRowContext(ctx, `SELECT coalesce(max(changed), 0) FROM tickets`).Scan(&target); err != nil {
		return err
	}
	deadline := time.Now().Add(searchWait)
	for ix.mark.Load() < target {
		if time.Now().After(deadline) {
			ix.log.WarnContext(ctx, "store: searching an index that lags behind the archive",
				"indexed", ix.mark.Load(), "archived", target)
			return nil
		}
		ix.changed()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
		// Another process may have indexed the changes.
		var mark int64
		if err := ix.r.QueryRowContext(ctx, `SELECT mark FROM search_state`).Scan(&mark); err == nil && mark > ix.mark.Load() {
			ix.mark.Store(mark)
		}
	}
	return nil
}

// unindexed counts the tickets changed after the index's mark.
func (ix *searchIndex) unindexed(ctx context.Context) (int64, error) {
	var mark int64
	if err := ix.r.QueryRowContext(ctx, `SELECT mark FROM search_state`).Scan(&mark); err != nil {
		return 0, err
	}
	var n int64
	err := ix.main.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE changed > $1`, mark).Scan(&n)
	return n, err
}

// search runs an FTS5 match on the index, best first, with highlighted
// texts for the top hits only (highlight() is costly).
func (ix *searchIndex) search(ctx context.Context, match, customer string, limit int) ([]indexHit, error) {
	hl := func(col int, name string) string {
		return fmt.Sprintf(`CASE WHEN length(search.%[2]s) <= %[3]d THEN highlight(search, %[1]d, char(2), char(3))
			ELSE search.%[2]s END, length(search.%[2]s) > %[3]d`, col, name, highlightLimit)
	}
	rs, err := ix.r.QueryContext(ctx, `WITH top AS MATERIALIZED (
			SELECT rowid AS seq, -bm25(search, 5.0, 1.0, 2.0, 0.0) AS score
			FROM search
			WHERE search MATCH $1 AND ($2 = '' OR customer = $2)
			ORDER BY score DESC, rowid
			LIMIT $3)
		SELECT top.seq, `+hl(0, "subject")+`, `+hl(2, "reports")+`, `+hl(1, "body")+`, top.score
		FROM top JOIN search ON search.rowid = top.seq
		WHERE search MATCH $1
		ORDER BY top.score DESC, top.seq`, match, customer, limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var hits []indexHit
	for rs.Next() {
		var h indexHit
		if err := rs.Scan(&h.seq, &h.texts[0], &h.long[0], &h.texts[1], &h.long[1], &h.texts[2], &h.long[2], &h.score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rs.Err()
}

// indexHit is a match in the index: the ticket row, its highlighted
// subject, reports and body (long ones unhighlighted), and its score.
type indexHit struct {
	seq   int64
	texts [3]string
	long  [3]bool
	score float64
}

// stop ends the indexer after the batch in progress.
func (ix *searchIndex) stop() {
	ix.once.Do(func() { close(ix.quit) })
	<-ix.done
}

func (ix *searchIndex) closeDBs() error {
	var errs []error
	if ix.r != nil && ix.r != ix.w {
		errs = append(errs, ix.r.Close())
	}
	if ix.w != nil {
		errs = append(errs, ix.w.Close())
	}
	return errors.Join(errs...)
}
