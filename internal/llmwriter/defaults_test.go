package llmwriter

import (
	"context"
	"net/http"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/llmwriter/llmtest"

	"github.com/debriefhq/debrief/internal/config"
)

// TestDefaults: the writer, not the configuration, fills in what a
// configuration leaves out; an unset retries means the default, retries: 0
// means none.
func TestDefaults(t *testing.T) {
	ex := load(t, pve)
	c, err := config.Parse([]byte("slas: {S: {calendar: c}}\ncalendars: {c: {timezone: UTC, always_open: true}}\nwriter: {kind: llm, base_url: 'http://127.0.0.1:1/v1', model: m}\n"), "w.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if w := c.Writer; w.Concurrency != 0 || w.Retries != nil || w.Timeout != 0 || w.JSONMode != nil {
		t.Errorf("config.Parse filled in writer defaults: %+v", w)
	}
	for _, tc := range []struct {
		name     string
		retries  *int
		requests int
	}{
		{"unset", nil, DefaultRetries + 1},
		{"none", new(0), 1},
		{"one", new(1), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := llmtest.New(t, func(int, openai.ChatCompletionRequest) llmtest.Reply {
				return llmtest.Reply{Status: http.StatusServiceUnavailable}
			})
			s := c.Writer
			s.BaseURL, s.Retries = f.URL(), tc.retries
			w := newWriter(t, s, Options{})
			if w.cfg.Concurrency != DefaultConcurrency || w.timeout != DefaultTimeout || w.cfg.ContextTokens != DefaultContextTokens ||
				w.cfg.MaxOutputTokens != DefaultMaxOutputTokens || !*w.cfg.JSONMode || cap(w.sem) != DefaultConcurrency {
				t.Errorf("defaults not applied: %+v", w.cfg)
			}
			if _, _, err := w.Write(context.Background(), ex.input); err != nil {
				t.Fatal(err) // an outage falls back, it does not fail
			}
			if got := len(f.Requests()); got != tc.requests {
				t.Errorf("%d requests, want %d", got, tc.requests)
			}
		})
	}
}
