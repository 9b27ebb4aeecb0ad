package engine

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
)

func TestAnalyzeFile(t *testing.T) {
	cfg, tk, _ := exampletest.Ticket(t, "01-pve-down.json")
	e, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := exampletest.Tickets + "01-pve-down.json"
	want, err := e.Analyze(t.Context(), tk, Options{Redacted: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		opts  FileOptions
		files map[string][]byte // file name: content (nil: only checked to exist)
	}{
		{"reports", FileOptions{}, map[string][]byte{
			"G204-117.technical.md": want.Technical, "G204-117.executive.md": want.Executive}},
		{"redacted with exports", FileOptions{Redacted: true, Formats: []export.Format{export.HTML},
			ShareName: func(string) string { return "for-vendor" }}, map[string][]byte{
			"for-vendor.technical.md": want.TechnicalRedacted, "for-vendor.executive.md": want.ExecutiveRedacted,
			"for-vendor.technical.html": nil, "for-vendor.executive.html": nil}},
		// Without a name, an opaque one: a shareable file never carries the ticket id.
		{"redacted, default name", FileOptions{Redacted: true}, map[string][]byte{
			redact.ShareName("G204-117", "", nil) + ".technical.md": want.TechnicalRedacted,
			redact.ShareName("G204-117", "", nil) + ".executive.md": want.ExecutiveRedacted}},
		{"json", FileOptions{JSON: true}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.opts.OutDir = dir
			res, err := e.AnalyzeFile(t.Context(), path, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, w := range res.Written {
				names = append(names, filepath.Base(w))
			}
			slices.Sort(names)
			wantNames := slices.Sorted(maps.Keys(tc.files))
			if !slices.Equal(names, wantNames) {
				t.Errorf("written %v, want %v", names, wantNames)
			}
			left, _ := os.ReadDir(dir)
			if len(left) != len(tc.files) {
				t.Errorf("%d files in the folder, want %d (no temporary file left)", len(left), len(tc.files))
			}
			for n, content := range tc.files {
				got, err := os.ReadFile(filepath.Join(dir, n))
				if err != nil {
					t.Error(err)
					continue
				}
				if content != nil && string(got) != string(content) {
					t.Errorf("%s differs from the engine's report", n)
				}
			}
			if tc.opts.JSON {
				var a struct {
					Facts json.RawMessage `json:"facts"`
				}
				if err := json.Unmarshal(res.JSON, &a); err != nil || len(a.Facts) == 0 {
					t.Errorf("JSON %.200s: %v", res.JSON, err)
				}
			}
		})
	}
}

func TestAnalyzeFileErrors(t *testing.T) {
	e, err := New(config.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"id": "B", "created_at": "yesterday"}`), 0o644)
	if _, err := e.AnalyzeFile(t.Context(), bad, FileOptions{OutDir: dir}); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("err = %v, want one naming the file", err)
	}
	// A ticket the parser corrects is analysed, and the warning is passed on.
	var warns []string
	odd := filepath.Join(dir, "odd.json")
	os.WriteFile(odd, []byte(`{"id":"W-1","created_at":"2026-05-01T10:00:00Z","closed_at":"2026-05-01T12:00:00Z","events":[
{"at":"2026-05-01T11:00:00Z","kind":"message","role":"agent","body":"done"},
{"at":"2026-05-01T10:00:00Z","kind":"message","role":"customer","body":"printer jammed"}]}`), 0o644)
	res, err := e.AnalyzeFile(t.Context(), odd, FileOptions{OutDir: dir, Warn: func(w *ticket.Warning) { warns = append(warns, w.Error()) }})
	if err != nil || len(res.Written) != 2 {
		t.Fatalf("odd ticket: %+v, %v", res, err)
	}
	if len(warns) == 0 {
		t.Error("the parser's warning was not passed on")
	}
}

func TestFileStem(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"G204-117", "G204-117"},
		{"a/b\\c d", "a_b_c_d"},
		{"../../etc/passwd", "_.._etc_passwd"},
		{"...", "ticket"},
		{"", "ticket"},
		{"Ünïcode", "_n_code"},
		{strings.Repeat("x", 150), strings.Repeat("x", 100)},
	} {
		if got := FileStem(tc.id); got != tc.want {
			t.Errorf("FileStem(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "r.md")
	for _, content := range []string{"first", "second, longer"} {
		if err := WriteFileAtomic(name, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(name); string(got) != content {
			t.Errorf("read %q, want %q", got, content)
		}
	}
	if fi, err := os.Stat(name); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v", fi.Mode(), err)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "r.md"), []byte("x")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries, want only r.md (no temporary file left)", len(entries))
	}
}
