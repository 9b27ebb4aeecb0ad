package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/exampletest"
)

func TestReportMonthlyAndActions(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "debrief.db")
	cfg := examplesConfig
	if _, stderr, code := runCLI(t, "import", "--database", db, "--config", cfg, exampletest.Tickets); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	out, stderr, code := runCLI(t, "report", "monthly", "--database", db, "--config", cfg, "--month", "2026-02", "--format", "json")
	if code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	var r struct {
		Month   string `json:"month"`
		Tickets int    `json:"tickets"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Month != "2026-02" || r.Tickets != 1 {
		t.Errorf("report json: %v %+v", err, r)
	}
	md := filepath.Join(dir, "feb.md")
	if _, stderr, code := runCLI(t, "report", "monthly", "--database", db, "--config", cfg, "--month", "2026-02", "-o", md); code != 0 {
		t.Fatalf("report -o: %d %s", code, stderr)
	}
	b, err := os.ReadFile(md)
	if err != nil || !strings.Contains(string(b), "](feb.sla-trend.png)") {
		t.Errorf("markdown: %v %.200s", err, b)
	}
	if _, err := os.Stat(filepath.Join(dir, "feb.sla-trend.png")); err != nil {
		t.Errorf("chart beside the report: %v", err)
	}
	for _, bad := range [][]string{
		{"report", "monthly", "--database", db, "--month", "2026-13"},
		{"report", "monthly", "--database", db, "--month", "2026-02", "--format", "xls"},
		{"report", "weekly", "--database", db},
		{"report", "monthly", "--database", db, "--customer", "X", "--team", "Y"},
	} {
		if _, stderr, code := runCLI(t, bad...); code == 0 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", bad, code, stderr)
		}
	}

	out, _, code = runCLI(t, "actions", "list", "--database", db, "--config", cfg, "--json")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) == 0 {
		t.Fatalf("actions list: %d %q", code, out)
	}
	var first struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID == 0 {
		t.Fatalf("first action: %v %s", err, lines[0])
	}
	id := strconv.FormatInt(first.ID, 10)
	if _, stderr, code := runCLI(t, "actions", "done", "--database", db, "--config", cfg, id, "--note", "fixed"); code != 0 {
		t.Fatalf("done: %d %s", code, stderr)
	}
	out, _, _ = runCLI(t, "actions", "list", "--database", db, "--config", cfg, "--status", "done")
	if !strings.Contains(out, id+"  ") || !strings.Contains(out, "done") {
		t.Errorf("done list: %s", out)
	}
	if _, _, code := runCLI(t, "actions", "assign", "--database", db, id); code != 2 {
		t.Errorf("assign with nothing to change: exit %d, want 2", code)
	}
}
