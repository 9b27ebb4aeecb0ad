package llmwriter

import (
	"context"
	"encoding/json"
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
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

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
	e, err := engine.New(exampletest.LoadConfig(t), nil)
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
	path := exampletest.Tickets + name
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join("testdata", name)
	}
	return analyse(t, exampleEngine(t), loadTicket(t, path), name)
}

func allExamples(t testing.TB) []example {
	t.Helper()
	e := exampleEngine(t)
	var out []example
	for _, f := range exampletest.Files(t) {
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

// settings returns writer settings for the fake server, with the writer's defaults spelled out (two retries).
func settings(url string) config.WriterSettings {
	t := true
	return config.WriterSettings{Kind: "llm", BaseURL: url, Model: "scripted-7b", Concurrency: 4, Retries: new(2),
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
