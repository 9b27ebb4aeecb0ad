package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/llmwriter/llmtest"
)

// TestReportMonthlyWithLLMWriter: with the llm writer configured, the
// monthly report's paragraph is the model's when it states the report's
// figures, and the deterministic one, with the reason recorded, when it
// does not.
func TestReportMonthlyWithLLMWriter(t *testing.T) {
	var lie atomic.Bool
	srv := llmtest.New(t, func(_ int, req openai.ChatCompletionRequest) llmtest.Reply {
		if !strings.Contains(req.Messages[0].Content, "monthly helpdesk report") {
			return llmtest.Reply{Content: llmtest.Sections("The team handled this section calmly and the record supports it.")}
		}
		// A paraphrase of the figures it was given, or a false count.
		var given struct {
			MonthName string `json:"month_name"`
			Tickets   int    `json:"tickets"`
		}
		json.Unmarshal([]byte(req.Messages[1].Content), &given)
		n := given.Tickets
		if lie.Load() {
			n += 40
		}
		b, _ := json.Marshal(map[string]string{"summary": fmt.Sprintf("Over %s the desk closed %d tickets, all of them reviewed.", given.MonthName, n)})
		return llmtest.Reply{Content: string(b)}
	})
	dir := t.TempDir()
	base, err := os.ReadFile(examplesConfig)
	if err != nil {
		t.Fatal(err)
	}
	logo, _ := filepath.Abs(filepath.Join(filepath.Dir(examplesConfig), "logo.png"))
	cfg := strings.ReplaceAll(string(base), "logo: logo.png", "logo: "+logo) +
		fmt.Sprintf("\nwriter:\n  kind: llm\n  base_url: %s\n  model: fake\n  retries: 0\n", srv.URL())
	cfgPath := filepath.Join(dir, "debrief.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "debrief.db")
	if _, stderr, code := runCLI(t, "import", "--database", db, "--config", cfgPath, exampletest.Tickets); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	type result struct {
		Tickets   int    `json:"tickets"`
		Narrative string `json:"narrative"`
		Writer    string `json:"narrative_writer"`
		Fallback  string `json:"narrative_fallback"`
	}
	report := func() (result, string) {
		out, stderr, code := runCLI(t, "report", "monthly", "--database", db, "--config", cfgPath, "--month", "2026-02", "--format", "json")
		if code != 0 {
			t.Fatalf("report: %d %s", code, stderr)
		}
		var r result
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r, stderr
	}
	r, _ := report()
	want := fmt.Sprintf("Over February 2026 the desk closed %d tickets, all of them reviewed.", r.Tickets)
	if r.Narrative != want || r.Writer != "llm" || r.Fallback != "" {
		t.Errorf("true paragraph not kept: %+v", r)
	}
	lie.Store(true)
	// The guard's fallback is for other figures: a new team filter changes them.
	out, stderr, code := runCLI(t, "report", "monthly", "--database", db, "--config", cfgPath, "--month", "2026-02", "--format", "json", "--team", "nobody")
	if code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	var f result
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatal(err)
	}
	if f.Writer != "deterministic" || !strings.HasPrefix(f.Fallback, "fact guard: ") || strings.Contains(f.Narrative, "the desk closed") ||
		!strings.Contains(stderr, "fell back to the deterministic text") {
		t.Errorf("false paragraph not replaced: %+v\n%s", f, stderr)
	}
}
