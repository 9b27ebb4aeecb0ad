// Package llmtest is a scripted OpenAI-compatible chat-completions server for
// tests: it stands in for a model, answering from a script with latencies and
// failures, and records what it was sent.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Reply is one scripted answer.
type Reply struct {
	// Status, if not 0 or 200, answers with this status and an OpenAI-style
	// error body (or Body).
	Status int
	Header map[string]string
	// Content and Refusal are the assistant message's.
	Content string
	Refusal string
	// Body replaces the whole response body when set.
	Body string
	// Delay is waited before answering (or until the request is cancelled).
	Delay time.Duration
	// NoChoices answers with an empty choices list.
	NoChoices bool
}

// Script chooses the reply to the n-th request (from 0).
type Script func(n int, req openai.ChatCompletionRequest) Reply

// Server is the scripted model. Its exported counters may be read under Mu.
type Server struct {
	srv    *httptest.Server
	script Script

	// Mu guards the fields below.
	Mu sync.Mutex
	// Reqs are the requests received, in order.
	Reqs []openai.ChatCompletionRequest
	// MaxInflight is the most requests that were in flight at once.
	MaxInflight int
	inflight    int
	// First and Last are when the first request arrived and the last answer left.
	First, Last time.Time
	// Busy is the total time requests spent in flight.
	Busy time.Duration
}

// New starts a server answering from script, closed when the test ends.
func New(tb testing.TB, script Script) *Server {
	f := &Server{script: script}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	tb.Cleanup(f.srv.Close)
	return f
}

// Answering returns a script that answers every request with content.
func Answering(content string) Script {
	return func(int, openai.ChatCompletionRequest) Reply { return Reply{Content: content} }
}

// Sections is a JSON object giving every narrative section of the LLM writer
// the same text, the shape of a good answer.
func Sections(text string) string {
	m := map[string]string{}
	for _, k := range []string{"overview", "triage", "investigations", "technical_quality", "communication", "risk_handling",
		"root_cause", "executive_summary", "business_impact", "outcome"} {
		m[k] = text
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// URL is the API base to configure (".../v1").
func (f *Server) URL() string { return f.srv.URL + "/v1" }

// Close stops the server (an outage); New closes it when the test ends anyway.
func (f *Server) Close() { f.srv.Close() }

// Requests returns a copy of the requests received so far.
func (f *Server) Requests() []openai.ChatCompletionRequest {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), f.Reqs...)
}

func (f *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.Mu.Lock()
	n := len(f.Reqs)
	f.Reqs = append(f.Reqs, req)
	f.inflight++
	f.MaxInflight = max(f.MaxInflight, f.inflight)
	began := time.Now()
	if f.First.IsZero() {
		f.First = began
	}
	f.Mu.Unlock()
	defer func() {
		f.Mu.Lock()
		f.inflight--
		f.Last = time.Now()
		f.Busy += f.Last.Sub(began)
		f.Mu.Unlock()
	}()
	rp := f.script(n, req)
	if rp.Delay > 0 {
		select {
		case <-time.After(rp.Delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range rp.Header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	if rp.Status != 0 && rp.Status != http.StatusOK {
		w.WriteHeader(rp.Status)
		if rp.Body == "" {
			rp.Body = fmt.Sprintf(`{"error":{"message":"scripted failure %d","type":"server_error"}}`, rp.Status)
		}
		fmt.Fprint(w, rp.Body)
		return
	}
	if rp.Body != "" {
		fmt.Fprint(w, rp.Body)
		return
	}
	prompt := 0
	for _, m := range req.Messages {
		prompt += estimateTokens(m.Content)
	}
	resp := openai.ChatCompletionResponse{ID: fmt.Sprintf("cmpl-%d", n), Object: "chat.completion", Model: req.Model,
		Usage: openai.Usage{PromptTokens: prompt, CompletionTokens: estimateTokens(rp.Content), TotalTokens: prompt + estimateTokens(rp.Content)}}
	if !rp.NoChoices {
		resp.Choices = []openai.ChatCompletionChoice{{Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant,
			Content: rp.Content, Refusal: rp.Refusal}, FinishReason: openai.FinishReasonStop}}
	}
	json.NewEncoder(w).Encode(resp)
}

// estimateTokens counts tokens as llmwriter.EstimateTokens does (bytes / 4),
// which this package cannot import: llmwriter's own tests use it.
func estimateTokens(s string) int { return (len(s) + 3) / 4 }
