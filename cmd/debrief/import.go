package main

import (
	"context"
	"fmt"
	"time"

	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/importer"
	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "FOLDER|FILE.json|FILE.jsonl|FILE.csv ...")
	db := databaseFlag(fs)
	cfgPath := configFlag(fs, "")
	mappingPath := fs.String("mapping", "", "column mapping for CSV files (see docs/import.md)")
	workers := fs.Int("workers", 128, "analysis jobs in flight at once (the LLM writer has its own concurrency limit)")
	noAnalyse := fs.Bool("no-analyse", false, "only store the tickets and queue their analyses (debrief serve runs them)")
	outDir := fs.String("out", "", "also write the reports of each imported ticket's latest analysis to this folder")
	logLevel := logLevelFlag(fs, "warn")
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
		if importer.IsCSV(p) && mapping == nil {
			return usageError{p + " is a CSV file: give its column mapping with --mapping"}
		}
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, config: true, configPath: *cfgPath,
		database: *db, analyse: true, workers: *workers, poll: 100 * time.Millisecond})
	if err != nil {
		return err
	}
	defer a.Close()

	spin := progress.NewCounter(e.stderr, "import") // the total is unknown while reading
	res, err := importer.Import(ctx, a.st, paths, importer.Options{
		Mapping: mapping,
		Accept:  func(t *ticket.Ticket) error { _, err := a.cfg.PolicyFor(t); return err },
		Rejected: func(err error) {
			spin.Add(1, 1)
			fmt.Fprintf(e.stderr, "\rdebrief import: rejected: %v\n", err)
		},
		Stored: func(store.IngestResult) { spin.Add(1, 0) },
		Logger: a.log,
	})
	spin.Finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "debrief import: %d imported, %d skipped as duplicates, %d rejected; %d analyses queued\n", res.Imported, res.Duplicates, res.Rejected, res.Queued)
	if !*noAnalyse && res.Queued > 0 {
		var bar *progress.Bar
		var shown int64
		finished, err := importer.RunQueue(ctx, a.st, func(done, total int64) {
			if bar == nil && shown == 0 {
				bar = progress.New(e.stderr, "analyse", int(total))
			}
			bar.Add(int(done-shown), 0)
			shown = done
		})
		bar.Finish()
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "debrief import: %d analyses stored, %d failed\n", finished.Completed, finished.Failed)
	}
	if *outDir != "" {
		written, without, err := importer.WriteLatest(ctx, a.st, res.TicketIDs, *outDir)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "debrief import: %d reports written to %s", written, *outDir)
		if without > 0 {
			fmt.Fprintf(e.stderr, " (%d tickets have no analysis)", without)
		}
		fmt.Fprintln(e.stderr)
	}
	if res.Rejected > 0 {
		return exitError{1}
	}
	return nil
}
