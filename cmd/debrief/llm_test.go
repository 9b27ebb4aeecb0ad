package main

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/llmwriter/llmtest"
)

func TestAnalyzeWithLLMWriter(t *testing.T) {
	srv := llmtest.New(t, llmtest.Answering(llmtest.Sections("The team handled this section calmly and the record supports it [team].")))
	base, err := os.ReadFile(examplesConfig)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	logo, err := filepath.Abs(filepath.Join(filepath.Dir(examplesConfig), "logo.png"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := strings.ReplaceAll(string(base), "logo: logo.png", "logo: "+logo)
	cfg += fmt.Sprintf("\nwriter:\n  kind: llm\n  base_url: %s\n  model: fake\n  retries: 1\n", srv.URL())
	cfgPath := filepath.Join(dir, "debrief.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if _, errs, code := runCLI(t, "analyze", "--config", cfgPath, "--out", out, pveTicket); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(out, "G204-117.technical.md"))
	if err != nil {
		t.Fatal(err)
	}
	report := string(b)
	if len(srv.Requests()) == 0 || !strings.Contains(report, "The team handled this section calmly") || !strings.Contains(report, "narrative by the llm writer") {
		t.Errorf("the model's narrative is not in the report (%d calls):\n%.600s", len(srv.Requests()), report)
	}
	// The statistics are still computed by code.
	if !strings.Contains(report, "- Time to first response (business hours): 11 minutes (697s)") {
		t.Error("statistics block missing from the LLM-written report")
	}
	// --writer deterministic overrides the configuration.
	if _, errs, code := runCLI(t, "analyze", "--config", cfgPath, "--out", out, "--writer", "deterministic", pveTicket); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ = os.ReadFile(filepath.Join(out, "G204-117.technical.md"))
	if !strings.Contains(string(b), "narrative by the deterministic writer") {
		t.Error("--writer deterministic did not take effect")
	}
}

// TestCommandsLogModelFallbacks: when the model is down, analyze, import and
// reanalyse fall back to the deterministic writer and say so in their logs,
// rather than discarding them.
func TestCommandsLogModelFallbacks(t *testing.T) {
	srv := llmtest.New(t, func(int, openai.ChatCompletionRequest) llmtest.Reply {
		return llmtest.Reply{Status: http.StatusServiceUnavailable}
	})
	base, err := os.ReadFile(examplesConfig)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := strings.ReplaceAll(string(base), "logo: logo.png", "")
	cfg += fmt.Sprintf("\nwriter:\n  kind: llm\n  base_url: %s\n  model: fake\n  retries: 0\n", srv.URL())
	cfgPath := filepath.Join(dir, "debrief.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "debrief.db")
	for _, args := range [][]string{
		{"analyze", "--config", cfgPath, "--out", filepath.Join(dir, "out"), pveTicket},
		{"import", "--config", cfgPath, "--database", db, pveTicket},
		{"reanalyse", "--config", cfgPath, "--database", db, "--writer", "llm", "G204-117"},
	} {
		_, errs, code := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", args[0], code, errs)
		}
		if !strings.Contains(errs, "level=WARN") || !strings.Contains(errs, "llm narrative fell back to the deterministic writer") {
			t.Errorf("%s: the fallback is not logged:\n%s", args[0], errs)
		}
	}
	if n := len(srv.Requests()); n < 3 {
		t.Errorf("%d requests reached the model, want one per analysis at least", n)
	}
}
