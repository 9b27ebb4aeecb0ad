package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "TICKET.json|FOLDER ...")
	cfgPath := configFlag(fs, "")
	outDir := fs.String("out", "out", "folder for the reports")
	asJSON := fs.Bool("json", false, "print the structured analysis as JSON (JSON Lines for several tickets) instead of writing reports")
	redacted := fs.Bool("redact", false, "write shareable, redacted reports, named without the ticket id (redacted-<opaque>.technical.md, ...)")
	shareName := fs.String("share-name", "", "with --redact, the file name of the redacted reports (NAME.technical.md; NAME-2, NAME-3... for more tickets)")
	sources := fs.Bool("sources", false, "add a footnote reference after each narrative sentence naming the events and facts it rests on")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "tickets analysed at once")
	writerKind := fs.String("writer", "", "deterministic or llm (default: the configuration's writer)")
	format := fs.String("format", "", "also export each report: html, pdf, docx, odt, or several separated by commas")
	logLevel := logLevelFlag(fs, "warn")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no ticket file or folder given"}
	}
	if *workers < 1 {
		return usageError{"--workers must be at least 1"}
	}
	formats, err := parseFormats(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	batchGC()
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, config: true, configPath: *cfgPath, writer: *writerKind})
	if err != nil {
		return err
	}
	defer a.Close()
	files, err := ticket.Inputs(paths)
	if err != nil {
		return err
	}
	if !*asJSON {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return fmt.Errorf("create output folder: %w", err)
		}
	}
	opts := engine.FileOptions{OutDir: *outDir, JSON: *asJSON, Redacted: *redacted, Sources: *sources, Formats: formats,
		Warn: func(w *ticket.Warning) { fmt.Fprintf(e.stderr, "\rdebrief analyze: warning: %v\n", w) }}
	var shareKey []byte
	if *redacted && !*asJSON && *shareName == "" {
		if shareKey, err = redact.ShareKey(filepath.Join(*outDir, redact.ShareKeyFile)); err != nil {
			return err
		}
	}
	// shared names the redacted reports of the i-th ticket: never by its id.
	shared := func(i int) func(id string) string {
		return func(id string) string {
			switch {
			case *shareName == "":
				return redact.ShareName(id, "", shareKey)
			case i == 0:
				return engine.FileStem(*shareName)
			}
			return engine.FileStem(fmt.Sprintf("%s-%d", *shareName, i+1))
		}
	}

	bar := progress.New(e.stderr, "analyse", len(files))
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	failed, written := 0, 0
	engine.Ordered(ctx, len(files), *workers,
		func(ctx context.Context, i int) (engine.FileResult, error) {
			o := opts
			o.ShareName = shared(i)
			return a.eng.AnalyzeFile(ctx, files[i], o)
		},
		func(_ int, r engine.FileResult, err error) {
			if err != nil {
				failed++
				bar.Add(1, 1)
				fmt.Fprintf(e.stderr, "\rdebrief analyze: %v\n", err)
				return
			}
			bar.Add(1, 0)
			written += len(r.Written)
			if *asJSON {
				out.Write(r.JSON)
				out.WriteByte('\n')
			}
		})
	bar.Finish()
	if !*asJSON {
		fmt.Fprintf(e.stderr, "debrief analyze: %d of %d tickets analysed, %d reports written to %s\n", len(files)-failed, len(files), written, *outDir)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}
