// Package importer backfills the archive: it reads tickets from folders, JSON,
// JSON Lines and CSV exports, stores them from several goroutines (so that
// the store commits them together) and queues their analyses, then can run
// the queue until every analysis is archived and write the latest reports.
package importer

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// DefaultShards is the number of goroutines storing imported tickets.
const DefaultShards = 8

// Ingester is the part of the store an import writes to.
type Ingester interface {
	IngestTicket(ctx context.Context, tv store.TicketVersion, analyse bool) (store.IngestResult, error)
}

// Options configure Import. The zero value stores every ticket that parses.
type Options struct {
	// Mapping reads CSV exports; a CSV path without it fails the import.
	Mapping *csvimport.Mapping
	// Shards is the number of goroutines storing tickets: DefaultShards if 0.
	Shards int
	// Accept, if set, checks each ticket before it is stored (that the
	// configuration has its SLA, say); an error rejects the ticket.
	Accept func(*ticket.Ticket) error
	// Rejected, if set, is told of each ticket rejected (unreadable, not
	// accepted, or older than the stored version: store.ErrStale), one call
	// at a time. The error names the ticket's source.
	Rejected func(err error)
	// Stored, if set, is told of each ticket stored, from the storing
	// goroutines (concurrently).
	Stored func(store.IngestResult)
	// Logger receives a warning for each failed store write; nil: slog.Default.
	Logger *slog.Logger
}

// Result counts what Import did.
type Result struct {
	// Imported tickets were stored as new versions; Duplicates equalled the
	// stored latest version; Rejected could not be read or were not accepted.
	Imported, Duplicates, Rejected int
	// Queued is the number of analyses queued (one per new closed version).
	Queued int
	// TicketIDs are the ids of the tickets stored or already stored, sorted.
	TicketIDs []string
}

// Import reads every ticket from paths (see Each) and stores it in st,
// queueing the analysis of each new closed version. The versions of one
// ticket are stored in the order they were read. A ticket that cannot be read
// or is not accepted is counted as rejected and skipped; a failed store write
// stops the import and is returned, naming the ticket's source.
func Import(ctx context.Context, st Ingester, paths []string, o Options) (Result, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	nshards := o.Shards
	if nshards <= 0 {
		nshards = DefaultShards
	}
	var (
		res    Result
		stored = map[string]bool{} // ids of the tickets stored or already stored
		mu     sync.Mutex          // guards res and stored
	)
	// reject counts a rejected ticket and tells o.Rejected, one at a time.
	reject := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		res.Rejected++
		if o.Rejected != nil {
			o.Rejected(err)
		}
	}
	ictx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	shards := make([]chan Item, nshards)
	var wg sync.WaitGroup
	for i := range shards {
		shards[i] = make(chan Item, 64)
		wg.Go(func() {
			for it := range shards[i] {
				if ictx.Err() != nil {
					continue // drain after a failure
				}
				r, err := st.IngestTicket(ictx, service.TicketVersion(it.Ticket, it.Raw), it.Ticket.Closed())
				if errors.Is(err, store.ErrStale) {
					// An older version than the archive's: kept out, like a bad ticket.
					reject(fmt.Errorf("%s: %w", it.Source, err))
					continue
				}
				if err != nil {
					err = fmt.Errorf("%s: %w", it.Source, err)
					if ctx.Err() == nil {
						o.Logger.Warn("import: storing a ticket failed", "source", it.Source, "ticket", it.Ticket.ID, "err", err)
					}
					cancel(err)
					continue
				}
				if o.Stored != nil {
					o.Stored(r)
				}
				mu.Lock()
				stored[r.TicketID] = true
				if r.Duplicate {
					res.Duplicates++
				} else {
					res.Imported++
					if r.JobID != 0 {
						res.Queued++
					}
				}
				mu.Unlock()
			}
		})
	}
	err := Each(paths, o.Mapping, func(it Item) error {
		if err := ictx.Err(); err != nil {
			return context.Cause(ictx)
		}
		if it.Err == nil && o.Accept != nil {
			if err := o.Accept(it.Ticket); err != nil {
				it.Err = fmt.Errorf("%s: %w", it.Source, err)
			}
		}
		if it.Err != nil {
			reject(it.Err)
			return nil
		}
		h := fnv.New32a()
		h.Write([]byte(it.Ticket.ID))
		select {
		case shards[h.Sum32()%uint32(nshards)] <- it:
			return nil
		case <-ictx.Done():
			return context.Cause(ictx)
		}
	})
	for _, c := range shards {
		close(c)
	}
	wg.Wait()
	if err == nil && ictx.Err() != nil {
		err = context.Cause(ictx)
	}
	res.TicketIDs = slices.Sorted(maps.Keys(stored))
	return res, err
}

// Queue is the part of the store that RunQueue drives.
type Queue interface {
	store.QueueCounter
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// stopTimeout bounds how long RunQueue waits for the workers to stop.
const stopTimeout = 30 * time.Second

// RunQueue starts q's workers, waits until no analysis is queued or running
// (see store.WaitIdle for progress) and stops them. It returns the jobs that
// finished meanwhile: Completed analyses were stored, Failed were given up.
func RunQueue(ctx context.Context, q Queue, progress func(done, total int64)) (store.QueueStats, error) {
	before, err := q.QueueStats(ctx)
	if err != nil {
		return store.QueueStats{}, fmt.Errorf("importer: %w", err)
	}
	if err := q.Start(ctx); err != nil {
		return store.QueueStats{}, fmt.Errorf("importer: start the analysis workers: %w", err)
	}
	finished, err := store.WaitIdle(ctx, q, before, progress)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopTimeout)
	defer cancel()
	if serr := q.Stop(sctx); err == nil && serr != nil {
		err = fmt.Errorf("importer: stop the analysis workers: %w", serr)
	}
	return finished, err
}

// AnalysisReader is the part of the store that WriteLatest reads.
type AnalysisReader interface {
	Analysis(ctx context.Context, ticketID string, version int) (store.Analysis, error)
}

// WriteLatest writes both reports of the latest analysis of each ticket to
// dir (created if missing), named as engine.AnalyzeFile names them. A ticket
// without an analysis (still open, or its analysis failed) is skipped and
// counted in without.
func WriteLatest(ctx context.Context, st AnalysisReader, ids []string, dir string) (written, without int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, fmt.Errorf("importer: %w", err)
	}
	for _, id := range ids {
		a, err := st.Analysis(ctx, id, 0)
		if errors.Is(err, store.ErrNotFound) {
			without++
			continue
		}
		if err != nil {
			return written, without, fmt.Errorf("importer: %w", err)
		}
		base := filepath.Join(dir, engine.FileStem(id))
		for name, md := range map[string]string{base + ".technical.md": a.Technical, base + ".executive.md": a.Executive} {
			if err := engine.WriteFileAtomic(name, []byte(md)); err != nil {
				return written, without, fmt.Errorf("importer: %w", err)
			}
			written++
		}
	}
	return written, without, nil
}
