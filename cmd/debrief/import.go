package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// importShards is the number of goroutines storing imported tickets.
const importShards = 8

// importItem is one ticket read from an import source, or why it could not be.
type importItem struct {
	source string
	t      *ticket.Ticket
	raw    []byte
	err    error
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "FOLDER|FILE.json|FILE.jsonl|FILE.csv ...")
	db := databaseFlag(fs)
	cfgPath := fs.String("config", "", "configuration file (default ./"+config.DefaultFile+" if present, else built-in)")
	mappingPath := fs.String("mapping", "", "column mapping for CSV files (see docs/import.md)")
	workers := fs.Int("workers", 128, "analysis jobs in flight at once (the LLM writer has its own concurrency limit)")
	noAnalyse := fs.Bool("no-analyse", false, "only store the tickets and queue their analyses (debrief serve runs them)")
	outDir := fs.String("out", "", "also write the reports of each imported ticket's latest analysis to this folder")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no folder or file given"}
	}
	if *outDir != "" && *noAnalyse {
		return usageError{"--out writes the analyses' reports: it cannot go with --no-analyse"}
	}
	var mapping *csvimport.Mapping
	if *mappingPath != "" {
		if mapping, err = csvimport.LoadMapping(*mappingPath); err != nil {
			return err
		}
	}
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".csv") && mapping == nil {
			return usageError{p + " is a CSV file: give its column mapping with --mapping"}
		}
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	cache := &storeCache{}
	eng, err := newEngine(cfg, nil, cache, "")
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *db, store.Options{Analyse: service.Analyser(eng), Workers: *workers, PollInterval: 100 * time.Millisecond})
	if err != nil {
		return err
	}
	defer st.Close()
	cache.st = st

	var (
		imported, duplicates, rejected, queued int
		stored                                 = map[string]bool{} // ids of the tickets stored or already stored
		mu                                     sync.Mutex          // guards the counts and stored
	)
	spin := progress.NewCounter(e.stderr, "import") // the total is unknown while reading
	// Tickets are stored by several goroutines, so that the store commits
	// them together; the versions of one ticket go to the same goroutine,
	// in the order they were read.
	ictx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	shards := make([]chan importItem, importShards)
	var wg sync.WaitGroup
	for i := range shards {
		shards[i] = make(chan importItem, 64)
		wg.Go(func() {
			for it := range shards[i] {
				if ictx.Err() != nil {
					continue // drain after a failure
				}
				res, err := st.IngestTicket(ictx, service.TicketVersion(it.t, it.raw), it.t.Closed())
				if errors.Is(err, store.ErrStale) {
					// An older version than the archive's: kept out, like a bad ticket.
					mu.Lock()
					rejected++
					mu.Unlock()
					spin.Add(1, 1)
					fmt.Fprintf(e.stderr, "\rdebrief import: rejected: %s: %v\n", it.source, err)
					continue
				}
				if err != nil {
					cancel(fmt.Errorf("%s: %w", it.source, err))
					continue
				}
				spin.Add(1, 0)
				mu.Lock()
				stored[res.TicketID] = true
				if res.Duplicate {
					duplicates++
				} else {
					imported++
					if res.JobID != 0 {
						queued++
					}
				}
				mu.Unlock()
			}
		})
	}
	err = eachImportItem(paths, mapping, func(it importItem) error {
		if err := ictx.Err(); err != nil {
			return context.Cause(ictx)
		}
		reject := func(why any) {
			mu.Lock()
			rejected++
			mu.Unlock()
			spin.Add(1, 1)
			fmt.Fprintf(e.stderr, "\rdebrief import: rejected: %v\n", why)
		}
		if it.err != nil {
			reject(it.err)
			return nil
		}
		if _, err := cfg.PolicyFor(it.t); err != nil {
			reject(it.source + ": " + err.Error())
			return nil
		}
		h := fnv.New32a()
		h.Write([]byte(it.t.ID))
		select {
		case shards[h.Sum32()%importShards] <- it:
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
	spin.Finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "debrief import: %d imported, %d skipped as duplicates, %d rejected; %d analyses queued\n", imported, duplicates, rejected, queued)
	if !*noAnalyse && queued > 0 {
		if err := drainQueue(ctx, e, st, queued); err != nil {
			return err
		}
	}
	if *outDir != "" {
		if err := writeLatestReports(ctx, e, st, slices.Sorted(maps.Keys(stored)), *outDir); err != nil {
			return err
		}
	}
	if rejected > 0 {
		return exitError{1}
	}
	return nil
}

// writeLatestReports writes both reports of the latest analysis of each
// ticket to dir, named as debrief analyze names them. A ticket without an
// analysis (still open, or its analysis failed) is skipped and counted.
func writeLatestReports(ctx context.Context, e *env, st store.Store, ids []string, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	written, without := 0, 0
	for _, id := range ids {
		a, err := st.Analysis(ctx, id, 0)
		if errors.Is(err, store.ErrNotFound) {
			without++
			continue
		}
		if err != nil {
			return err
		}
		base := filepath.Join(dir, fileStem(id))
		for name, md := range map[string]string{base + ".technical.md": a.Technical, base + ".executive.md": a.Executive} {
			if err := writeFileAtomic(name, []byte(md)); err != nil {
				return err
			}
			written++
		}
	}
	fmt.Fprintf(e.stderr, "debrief import: %d reports written to %s", written, dir)
	if without > 0 {
		fmt.Fprintf(e.stderr, " (%d tickets have no analysis)", without)
	}
	fmt.Fprintln(e.stderr)
	return nil
}

// drainQueue runs the analysis workers until the queue is empty.
func drainQueue(ctx context.Context, e *env, st store.Store, queued int) error {
	before, err := st.QueueStats(ctx)
	if err != nil {
		return err
	}
	if err := st.Start(ctx); err != nil {
		return err
	}
	bar := progress.New(e.stderr, "analyse", int(before.Queued))
	done := int64(0)
	for {
		q, err := st.QueueStats(ctx)
		if err != nil {
			return err
		}
		if n := q.Completed + q.Failed - before.Completed - before.Failed; n > done {
			bar.Add(int(n-done), 0)
			done = n
		}
		if q.Queued == 0 && q.Running == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	bar.Finish()
	q, err := st.QueueStats(ctx)
	if err != nil {
		return err
	}
	failed := q.Failed - before.Failed
	fmt.Fprintf(e.stderr, "debrief import: %d analyses stored, %d failed\n", done-failed, failed)
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return st.Stop(sctx)
}

// eachImportItem reads every ticket from the paths: folders of JSON files, JSON
// files, JSON Lines files and CSV exports (with a mapping).
func eachImportItem(paths []string, mapping *csvimport.Mapping, fn func(importItem) error) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return err
		}
		switch ext := strings.ToLower(filepath.Ext(p)); {
		case fi.IsDir():
			files, err := ticket.ListDir(p)
			if err != nil {
				return err
			}
			for _, f := range files {
				if err := fn(readJSONItem(f)); err != nil {
					return err
				}
			}
		case ext == ".jsonl" || ext == ".ndjson":
			if err := eachJSONLine(p, fn); err != nil {
				return err
			}
		case ext == ".csv":
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			err = csvimport.Read(f, mapping, p, func(r csvimport.Result) error {
				return fn(importItem{source: p, t: r.Ticket, raw: r.Raw, err: r.Err})
			})
			f.Close()
			if err != nil {
				return err
			}
		default:
			if err := fn(readJSONItem(p)); err != nil {
				return err
			}
		}
	}
	return nil
}

func readJSONItem(path string) importItem {
	data, err := os.ReadFile(path)
	if err != nil {
		return importItem{source: path, err: err}
	}
	t, _, err := ticket.Parse(data, path)
	return importItem{source: path, t: t, raw: data, err: err}
}

func eachJSONLine(path string, fn func(importItem) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			src := fmt.Sprintf("%s:%d", path, line)
			t, _, perr := ticket.Parse(b, src)
			if err := fn(importItem{source: src, t: t, raw: b, err: perr}); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
