package llmwriter

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// reply is one scripted answer of the fake model server.
type reply struct {
	status  int
	header  map[string]string
	content string
	refusal string
	// body replaces the whole response body when set.
	body  string
	delay time.Duration
	// noChoices answers with an empty choices list.
	noChoices bool
}

// fakeModel is an OpenAI-compatible chat-completions server that answers from a
// script, with latencies and failures, and records what it was sent.
type fakeModel struct {
	srv    *httptest.Server
	script func(n int, req openai.ChatCompletionRequest) reply

	mu          sync.Mutex
	reqs        []openai.ChatCompletionRequest
	inflight    int
	maxInflight int
	// first and last are when the first request arrived and the last answer left.
	first, last time.Time
	// busy is the total time requests spent in flight.
	busy time.Duration
}

func newFake(t testing.TB, script func(n int, req openai.ChatCompletionRequest) reply) *fakeModel {
	f := &fakeModel{script: script}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeModel) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	n := len(f.reqs)
	f.reqs = append(f.reqs, req)
	f.inflight++
	f.maxInflight = max(f.maxInflight, f.inflight)
	began := time.Now()
	if f.first.IsZero() {
		f.first = began
	}
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inflight--
		f.last = time.Now()
		f.busy += f.last.Sub(began)
		f.mu.Unlock()
	}()
	rp := f.script(n, req)
	if rp.delay > 0 {
		select {
		case <-time.After(rp.delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range rp.header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	if rp.status != 0 && rp.status != http.StatusOK {
		w.WriteHeader(rp.status)
		if rp.body == "" {
			rp.body = fmt.Sprintf(`{"error":{"message":"scripted failure %d","type":"server_error"}}`, rp.status)
		}
		fmt.Fprint(w, rp.body)
		return
	}
	if rp.body != "" {
		fmt.Fprint(w, rp.body)
		return
	}
	prompt := 0
	for _, m := range req.Messages {
		prompt += EstimateTokens(m.Content)
	}
	resp := openai.ChatCompletionResponse{ID: fmt.Sprintf("cmpl-%d", n), Object: "chat.completion", Model: req.Model,
		Usage: openai.Usage{PromptTokens: prompt, CompletionTokens: EstimateTokens(rp.content), TotalTokens: prompt + EstimateTokens(rp.content)}}
	if !rp.noChoices {
		resp.Choices = []openai.ChatCompletionChoice{{Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant,
			Content: rp.content, Refusal: rp.refusal}, FinishReason: openai.FinishReasonStop}}
	}
	json.NewEncoder(w).Encode(resp)
}

func (f *fakeModel) requests() []openai.ChatCompletionRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), f.reqs...)
}

func (f *fakeModel) url() string { return f.srv.URL + "/v1" }

// kind tells what a request asks for.
func kind(req openai.ChatCompletionRequest) string {
	sys := req.Messages[0].Content
	last := req.Messages[len(req.Messages)-1].Content
	switch {
	case sys == summaryPrompt:
		return "summary"
	case strings.HasPrefix(last, "Some sections"):
		return "repair"
	case last == formatPrompt:
		return "format"
	}
	return "write"
}

// fakeClock records the waits between retries without waiting.
type fakeClock struct {
	mu     sync.Mutex
	sleeps []time.Duration
}

func (c *fakeClock) Now() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.mu.Unlock()
	return ctx.Err()
}

// example is a ticket analysed with the bundled configuration.
type example struct {
	name   string
	input  *writer.Input
	engine *engine.Engine
	cfg    *config.Config
}

func analyse(t testing.TB, e *engine.Engine, tk *ticket.Ticket, name string) example {
	t.Helper()
	res, err := e.Analyze(context.Background(), tk, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Analysis
	a.Narrative = analysis.Narrative{}
	return example{name: name, input: &writer.Input{Ticket: tk, Analysis: a, Settings: e.Config().Analysis}, engine: e, cfg: e.Config()}
}

func exampleEngine(t testing.TB) *engine.Engine {
	t.Helper()
	cfg, err := config.Load("../../examples/debrief.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func loadTicket(t testing.TB, path string) *ticket.Ticket {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tk, _, err := ticket.Parse(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// load analyses an example ticket ("01-pve-down.json") or a testdata file.
func load(t testing.TB, name string) example {
	t.Helper()
	path := filepath.Join("../../examples/tickets", name)
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join("testdata", name)
	}
	return analyse(t, exampleEngine(t), loadTicket(t, path), name)
}

func allExamples(t testing.TB) []example {
	t.Helper()
	files, err := filepath.Glob("../../examples/tickets/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example tickets: %v", err)
	}
	e := exampleEngine(t)
	var out []example
	for _, f := range files {
		out = append(out, analyse(t, e, loadTicket(t, f), filepath.Base(f)))
	}
	return out
}

// marker starts every section a scripted "good" model writes, so a test can
// tell the model's prose from the deterministic fallback.
const marker = "On review, "

// goodSections is a correct answer: the deterministic narrative, marked, each
// sentence citing its sources as the model is asked to ("... [e3, cause:1].").
func goodSections(a *analysis.Analysis) map[string]string {
	n := writer.Narrate(a)
	out := map[string]string{}
	for _, k := range sectionKeys {
		var parts []string
		for _, s := range n.Sentences {
			if s.Section != k {
				continue
			}
			text := s.Text
			if len(s.Sources) > 0 {
				end := len(text)
				if strings.HasSuffix(text, ".") {
					end--
				}
				text = text[:end] + " [" + strings.Join(s.Sources, ", ") + "]" + text[end:]
			}
			parts = append(parts, text)
		}
		out[k] = marker + strings.Join(parts, " ")
	}
	return out
}

// plainSections is what the narrative holds of sections the model wrote with
// citations: the prose without the markers.
func plainSections(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = plainText(citedSentences(k, v))
	}
	return out
}

func toJSON(m map[string]string) string {
	data, _ := json.Marshal(m)
	return string(data)
}

// settings returns writer settings for the fake server, as config.Parse defaults them.
func settings(url string) config.WriterSettings {
	t := true
	return config.WriterSettings{Kind: "llm", BaseURL: url, Model: "scripted-7b", Concurrency: 4, Retries: 2,
		Timeout: config.Duration(10 * time.Second), ContextTokens: 8192, MaxOutputTokens: 1500, JSONMode: &t}
}

func newWriter(t testing.TB, cfg config.WriterSettings, opts Options) *Writer {
	t.Helper()
	if opts.Clock == nil {
		opts.Clock = &fakeClock{}
	}
	w, err := New(cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	return w
}
