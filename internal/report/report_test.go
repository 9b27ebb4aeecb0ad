package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
