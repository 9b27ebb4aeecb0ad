package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

func TestTemplateOverride(t *testing.T) {
	dir := t.TempDir()
	custom := "# Review {{.Title}}\n\n{{template \"stats\" .}}\n\nHouse layout. {{.N.Overview}}\n"
	if err := os.WriteFile(filepath.Join(dir, ExecutiveTemplate), []byte(custom), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.executive.Tree.Root.String() == "" || !strings.Contains(r.executive.Root.String(), "House layout.") {
		t.Error("the executive template was not replaced by the folder's")
	}
	if !strings.Contains(r.technical.Root.String(), "Technical Performance Review") {
		t.Error("a template the folder lacks must stay the embedded one")
	}
	// Broken templates are reported with their name.
	os.WriteFile(filepath.Join(dir, TechnicalTemplate), []byte("{{.Nope"), 0o644)
	if _, err := New(dir); err == nil || !strings.Contains(err.Error(), TechnicalTemplate) {
		t.Errorf("broken template error = %v", err)
	}
}

// The statistics line says how a ticket closed in words, not by the
// helpdesk's state name (styles57 RC-FSS-5540 "automatic close
// (auto_close)").
func TestCloseWords(t *testing.T) {
	for _, c := range []struct {
		auto   bool
		reason string
		want   string
	}{
		{true, "auto_close", ", automatic close"},
		{true, "auto", ", automatic close"},
		{true, "Auto-closed", ", automatic close"},
		{true, "", ", automatic close"},
		{true, "inactivity", ", automatic close (inactivity)"},
		{true, "no_reply", ", automatic close (no\\_reply)"},
		{false, "resolved", ", closed (resolved)"},
		{false, "", ""},
	} {
		f := &analysis.Facts{AutoClosed: c.auto, CloseReason: c.reason}
		if got := closeWords(f); got != c.want {
			t.Errorf("closeWords(%v, %q) = %q, want %q", c.auto, c.reason, got, c.want)
		}
	}
}
