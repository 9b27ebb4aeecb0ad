package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// fakeModel is an OpenAI-compatible chat-completions endpoint that answers every
// request with the same narrative, in the JSON shape the LLM writer asks for.
func fakeModel(t *testing.T, calls *atomic.Int64) *httptest.Server {
	sections := map[string]string{}
	for _, k := range []string{"overview", "triage", "investigations", "technical_quality", "communication", "risk_handling",
		"root_cause", "executive_summary", "business_impact", "outcome"} {
		sections[k] = "The team handled this section calmly and the record supports it [team]."
	}
	content, _ := json.Marshal(sections)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"x","object":"chat.completion","model":"fake","choices":[{"index":0,"message":{"role":"assistant","content":%q},"finish_reason":"stop"}],"usage":{"prompt_tokens":100,"completion_tokens":50,"total_tokens":150}}`, content)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestAnalyzeWithLLMWriter(t *testing.T) {
	var calls atomic.Int64
	srv := fakeModel(t, &calls)
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
	cfg += fmt.Sprintf("\nwriter:\n  kind: llm\n  base_url: %s/v1\n  model: fake\n  retries: 1\n", srv.URL)
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
	if calls.Load() == 0 || !strings.Contains(report, "The team handled this section calmly") || !strings.Contains(report, "narrative by the llm writer") {
		t.Errorf("the model's narrative is not in the report (%d calls):\n%.600s", calls.Load(), report)
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
