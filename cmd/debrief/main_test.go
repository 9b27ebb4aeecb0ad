package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/exampletest"
)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// The bundled examples, as every test package loads them.
const (
	examplesConfig = exampletest.Config
	pveTicket      = exampletest.Tickets + "01-pve-down.json"
)

func TestStatsJSONContract(t *testing.T) {
	out, errs, code := runCLI(t, "stats", "--config", examplesConfig, "--json", pveTicket)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	fr := got["first_response"].(map[string]any)
	want := map[string]any{"at": "2026-02-17T07:17:33Z", "elapsed_seconds": 697.0, "business_seconds": 697.0,
		"due": "2026-02-17T08:05:56Z", "within_sla": true}
	for k, v := range want {
		if fr[k] != v {
			t.Errorf("first_response.%s = %v, want %v", k, fr[k], v)
		}
	}
	if got["ticket"] != "G204-117" || got["sla"] != "SLA8" {
		t.Errorf("ticket/sla = %v/%v", got["ticket"], got["sla"])
	}
	for _, k := range []string{"resolution", "paused_seconds", "updates", "replies"} {
		if _, ok := got[k]; !ok {
			t.Errorf("contract field %q missing", k)
		}
	}
	upd := got["updates"].(map[string]any)
	if upd["count"] != 3.0 || upd["breaches"] != 0.0 {
		t.Errorf("updates = %v", upd)
	}
	if got["replies"].(map[string]any)["max_wait_business_seconds"] != 343.0 {
		t.Errorf("replies = %v", got["replies"])
	}
}

func TestStatsFolderKeepsGoingAfterABadFile(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(pveTicket)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.json"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"id": "B", "created_at": "yesterday"}`), 0o644)
	os.WriteFile(filepath.Join(dir, "c.json"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a ticket"), 0o644)
	out, errs, code := runCLI(t, "stats", "--config", examplesConfig, "--json", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 {
		t.Errorf("got %d JSON lines, want 2 (a and c): %q", len(lines), out)
	}
	if !strings.Contains(errs, "b.json: created_at: \"yesterday\" is not an RFC 3339 timestamp") || !strings.Contains(errs, "1 of 3 tickets failed") {
		t.Errorf("stderr = %q", errs)
	}
}

func TestStatsTable(t *testing.T) {
	out, _, code := runCLI(t, "stats", pveTicket, "--config", examplesConfig) // flags after the file work too
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"First response  2026-02-17 07:17:33", "11 minutes (697s)", "due 2026-02-17 08:05:56", "within SLA    yes"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalyzeWritesReports(t *testing.T) {
	out := t.TempDir()
	_, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", out, exampletest.Tickets)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, name := range []string{"G204-117.technical.md", "G204-117.executive.md", "G207-005.technical.md"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("# ")) {
			t.Errorf("%s does not start with a title", name)
		}
	}
	if !strings.Contains(errs, "5 of 5 tickets analysed, 10 reports written") {
		t.Errorf("summary = %q", errs)
	}
}

func TestAnalyzeRedactAndJSON(t *testing.T) {
	out := t.TempDir()
	_, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", out, "--redact", pveTicket)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The shareable files are named without the ticket id, the same way every run.
	tech, _ := filepath.Glob(filepath.Join(out, "*.technical.md"))
	if len(tech) != 1 || strings.Contains(tech[0], "G204") {
		t.Fatalf("redacted reports %q: want one, named without the ticket id", tech)
	}
	if _, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", out, "--redact", pveTicket); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if again, _ := filepath.Glob(filepath.Join(out, "*.technical.md")); len(again) != 1 || again[0] != tech[0] {
		t.Errorf("second run wrote %q, want the same name %q", again, tech[0])
	}
	if _, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", out, "--redact", "--share-name", "for-vendor", pveTicket); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "for-vendor.executive.md")); err != nil {
		t.Errorf("--share-name: %v", err)
	}
	b, err := os.ReadFile(tech[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"Birchwood", "Morgan", "Hale", "G204-117", "T373-109", "10.20.0.13", "pve-node03", "morgan.hale@"} {
		if bytes.Contains(b, []byte(leak)) {
			t.Errorf("redacted report leaks %q", leak)
		}
	}
	js, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--json", pveTicket)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Facts    map[string]any   `json:"facts"`
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(js), &a); err != nil {
		t.Fatal(err)
	}
	if a.Facts["ticket"] != "G204-117" || len(a.Findings) == 0 {
		t.Errorf("JSON analysis: %v", js[:200])
	}
}

func TestUsageErrors(t *testing.T) {
	if _, errs, code := runCLI(t, "stats"); code != 2 || !strings.Contains(errs, "no ticket file or folder given") {
		t.Errorf("no args: %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "frobnicate"); code != 2 || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "stats", "--config", "/nonexistent.yaml", pveTicket); code != 1 || !strings.Contains(errs, "nonexistent.yaml") {
		t.Errorf("missing config: %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "stats", "/no/such/ticket.json"); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing ticket: %d %q", code, errs)
	}
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	if _, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", dir, "--format", "html,odt", pveTicket); code != 0 {
		t.Fatalf("analyze --format: %d %s", code, errs)
	}
	for _, name := range []string{"G204-117.technical.html", "G204-117.executive.odt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("analyze --format did not write %s", name)
		}
	}
	md := filepath.Join(dir, "G204-117.technical.md")
	if _, errs, code := runCLI(t, "export", "--config", examplesConfig, "--format", "docx", md); code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(dir, "G204-117.technical.docx"))
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("docx not written beside the input: %v", err)
	}
	out := filepath.Join(dir, "custom.pdf")
	if _, errs, code := runCLI(t, "export", "--format", "pdf", "-o", out, md); code != 0 {
		t.Fatalf("export -o: %d %s", code, errs)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("-o output is not a PDF")
	}
	if _, errs, code := runCLI(t, "export", "--format", "rtf", md); code != 2 || !strings.Contains(errs, "rtf") {
		t.Errorf("unknown format: %d %q", code, errs)
	}
}

// TestStatsSeveralSLAsWithoutDefault: without default_sla the configuration is
// valid; only the ticket that names no SLA fails, named by its file.
func TestStatsSeveralSLAsWithoutDefault(t *testing.T) {
	base, err := os.ReadFile(examplesConfig)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "debrief.yaml")
	noDefault := strings.Replace(string(base), "default_sla: business", "", 1)
	if noDefault == string(base) {
		t.Fatal("the examples' configuration has no default_sla line to remove")
	}
	noDefault = strings.ReplaceAll(noDefault, "logo: logo.png", "")
	os.WriteFile(cfg, []byte(noDefault), 0o644)
	out, errs, code := runCLI(t, "stats", "--config", cfg, "--json", pveTicket, exampletest.Tickets+"02-holiday-printing.json")
	if code != 1 || !strings.Contains(out, `"ticket":"G204-117"`) {
		t.Errorf("exit %d, stdout %q: want the ticket that names SLA8 measured", code, out)
	}
	if !strings.Contains(errs, "02-holiday-printing.json: config: ticket") || !strings.Contains(errs, "names no SLA") || !strings.Contains(errs, "1 of 2 tickets failed") {
		t.Errorf("stderr = %q", errs)
	}
}
