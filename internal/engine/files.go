package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
)

// FileOptions say what AnalyzeFile makes of a ticket file.
type FileOptions struct {
	// OutDir is the folder the reports are written to (it must exist).
	OutDir string
	// JSON returns the structured analysis as JSON instead of writing reports.
	JSON bool
	// Redacted writes (or returns) the shareable, redacted versions only.
	Redacted bool
	// Sources adds footnote references naming each narrative sentence's sources.
	Sources bool
	// Formats are exported beside each Markdown report.
	Formats []export.Format
	// Warn receives the problems the ticket parser corrected on its own; nil
	// drops them.
	Warn func(w *ticket.Warning)
	// ShareName names the redacted reports' files from the ticket id without
	// carrying it (redact.ShareName); nil uses redact.ShareName without a key.
	ShareName func(id string) string
}

// FileResult is what AnalyzeFile made.
type FileResult struct {
	// JSON is the analysis as JSON (FileOptions.JSON).
	JSON []byte
	// Written are the files written, reports and exports.
	Written []string
}

// AnalyzeFile reads a ticket file, analyses it and writes both reports (and
// their exports) to o.OutDir as <id>.technical.md and <id>.executive.md
// (.redacted.md when redacted), each through a temporary file so that a crash
// never leaves a half-written report. On an error, Written lists the files
// written before it.
func (e *Engine) AnalyzeFile(ctx context.Context, path string, o FileOptions) (FileResult, error) {
	var fr FileResult
	t, warns, err := ticket.ReadFile(path)
	if err != nil {
		return fr, err
	}
	if o.Warn != nil {
		for i := range warns {
			o.Warn(&warns[i])
		}
	}
	res, err := e.Analyze(ctx, t, Options{Redacted: o.Redacted})
	if err != nil {
		return fr, fmt.Errorf("%s: %w", path, err)
	}
	if o.JSON {
		b, err := json.Marshal(res.Analysis)
		if err != nil {
			return fr, fmt.Errorf("engine: %s: %w", path, err)
		}
		if o.Redacted {
			b = []byte(e.Redactor(t).String(string(b)))
		}
		fr.JSON = b
		return fr, nil
	}
	base := filepath.Join(o.OutDir, FileStem(t.ID))
	files := map[string][]byte{
		base + ".technical.md": res.Technical,
		base + ".executive.md": res.Executive,
	}
	meta := ExportMeta{Ticket: t.ID, Date: t.ClosedAt}
	if o.Redacted {
		name := o.ShareName
		if name == nil {
			name = func(id string) string { return redact.ShareName(id, "", nil) }
		}
		base = filepath.Join(o.OutDir, name(t.ID)) // a shareable file never carries the ticket id
		files = map[string][]byte{
			base + ".technical.md": res.TechnicalRedacted,
			base + ".executive.md": res.ExecutiveRedacted,
		}
		meta.Ticket = "" // the redacted documents' properties must not name the ticket
	}
	for name, data := range files {
		if err := WriteFileAtomic(name, data); err != nil {
			return fr, err
		}
		fr.Written = append(fr.Written, name)
		for _, f := range o.Formats {
			dst := strings.TrimSuffix(name, ".md") + f.Ext()
			if err := e.ExportFile(ctx, data, f, dst, meta); err != nil {
				return fr, fmt.Errorf("%s: %w", dst, err)
			}
			fr.Written = append(fr.Written, dst)
		}
	}
	return fr, nil
}

// ExportFile renders the Markdown report md to f and writes it to dst
// atomically.
func (e *Engine) ExportFile(ctx context.Context, md []byte, f export.Format, dst string, m ExportMeta) error {
	var buf bytes.Buffer
	if err := e.Export(ctx, &buf, f, md, m); err != nil {
		return err
	}
	return WriteFileAtomic(dst, buf.Bytes())
}

// FileStem makes a ticket id safe as a file name: letters, digits, '-', '_'
// and '.' are kept, anything else becomes '_'; no leading dot, at most 100
// bytes, "ticket" if nothing is left.
func FileStem(id string) string {
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

// WriteFileAtomic writes data to name through a temporary file and a rename,
// so a crash never leaves a half-written file.
func WriteFileAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".debrief-*")
	if err != nil {
		return err
	}
	fail := func(err error) error {
		os.Remove(f.Name())
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fail(err)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		return fail(err)
	}
	return nil
}
