package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/ticket"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "TICKET.json|FOLDER ...")
	cfgPath := fs.String("config", "", "configuration file (default ./"+config.DefaultFile+" if present, else built-in)")
	outDir := fs.String("out", "out", "folder for the reports")
	asJSON := fs.Bool("json", false, "print the structured analysis as JSON (JSON Lines for several tickets) instead of writing reports")
	redacted := fs.Bool("redact", false, "write shareable, redacted reports (<id>.technical.redacted.md, <id>.executive.redacted.md)")
	sources := fs.Bool("sources", false, "add a footnote reference after each narrative sentence naming the events and facts it rests on")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "tickets analysed at once")
	writerKind := fs.String("writer", "", "deterministic or llm (default: the configuration's writer)")
	format := fs.String("format", "", "also export each report: html, pdf, docx, odt, or several separated by commas")
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
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	eng, err := newEngine(cfg, nil, nil, *writerKind)
	if err != nil {
		return err
	}
	files, err := ticket.Inputs(paths)
	if err != nil {
		return err
	}
	if !*asJSON {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return fmt.Errorf("create output folder: %w", err)
		}
	}

	bar := progress.New(e.stderr, "analyse", len(files))
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	type result struct {
		json    []byte
		written []string
		err     error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(*workers, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				var r result
				r.json, r.written, r.err = analyzeFile(ctx, eng, files[i], *outDir, *asJSON, engine.Options{Redacted: *redacted, Sources: *sources}, formats, e.stderr)
				results[i] <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-ctx.Done():
				for j := i; j < len(files); j++ {
					results[j] <- result{err: ctx.Err()}
				}
				return
			}
		}
	}()

	// Results are reported in input order, whatever order the workers finish in.
	failed, written := 0, 0
	for i := range files {
		r := <-results[i]
		if r.err != nil {
			failed++
			bar.Add(1, 1)
			fmt.Fprintf(e.stderr, "\rdebrief analyze: %v\n", r.err)
			continue
		}
		bar.Add(1, 0)
		written += len(r.written)
		if *asJSON {
			out.Write(r.json)
			out.WriteByte('\n')
		}
	}
	wg.Wait()
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

func analyzeFile(ctx context.Context, eng *engine.Engine, path, outDir string, asJSON bool, opts engine.Options, formats []export.Format, stderr io.Writer) ([]byte, []string, error) {
	redacted := opts.Redacted
	t, warns, err := ticket.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "\rdebrief analyze: warning: %v\n", &w)
	}
	res, err := eng.Analyze(ctx, t, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if asJSON {
		b, err := json.Marshal(res.Analysis)
		if err != nil {
			return nil, nil, err
		}
		if redacted {
			b = []byte(eng.Redactor(t).String(string(b)))
		}
		return b, nil, nil
	}
	base := filepath.Join(outDir, fileStem(t.ID))
	files := map[string][]byte{
		base + ".technical.md": res.Technical,
		base + ".executive.md": res.Executive,
	}
	if redacted {
		files = map[string][]byte{
			base + ".technical.redacted.md": res.TechnicalRedacted,
			base + ".executive.redacted.md": res.ExecutiveRedacted,
		}
	}
	meta := engine.ExportMeta{Ticket: t.ID, Date: t.ClosedAt}
	if redacted {
		meta.Ticket = "" // the redacted documents' properties must not name the ticket
	}
	var written []string
	for name, data := range files {
		if err := writeFileAtomic(name, data); err != nil {
			return nil, written, err
		}
		written = append(written, name)
		for _, f := range formats {
			dst := strings.TrimSuffix(name, ".md") + f.Ext()
			if err := exportFile(ctx, eng, data, f, dst, meta); err != nil {
				return nil, written, fmt.Errorf("%s: %w", dst, err)
			}
			written = append(written, dst)
		}
	}
	return nil, written, nil
}

// fileStem makes a ticket id safe as a file name.
func fileStem(id string) string {
	s := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, id)
	s = strings.TrimLeft(s, ".")
	if s == "" {
		s = "ticket"
	}
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}

// writeFileAtomic writes data to name through a temporary file and a rename, so a
// crash never leaves a half-written report.
func writeFileAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".debrief-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), name); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
