// Package llmwriter is debrief's narrative writer backed by a language model on
// any OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server,
// vLLM, a hosted API). The model writes prose only: it receives the computed
// facts, findings and timeline and the ticket's messages (as untrusted data),
// and returns the ten narrative sections as JSON.
//
// Numbers come from code, never from the model: package factguard checks every
// section against the facts. A section that fails is sent back once with the
// list of problems; if it fails again it falls back to the deterministic
// writer's text, and the fallback is recorded in the Meta. When the model
// cannot be reached at all, the whole narrative is the deterministic one:
// Write fails only when its context ends, so a queue of analyses never blocks
// on the model.
//
// A Writer is safe for concurrent use and meant to be shared: its semaphore
// bounds the requests in flight across every analysis to the configured
// concurrency. Results are cached by a hash of everything that shapes them.
package llmwriter

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/factguard"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// Name identifies this writer in stored analyses.
const Name = "llm"

// codeVersion changes when the writer's handling of answers changes.
const codeVersion = "2"

// defaultTemperature is used when the configuration sets none: low, for prose
// that sticks to the facts.
const defaultTemperature = 0.2

// Options are the writer's collaborators; every field is optional.
type Options struct {
	// Logger receives retries, guard rejections and fallbacks (default: discarded).
	Logger *slog.Logger
	// HTTPClient sends the requests (default: a new http.Client; the per-request
	// timeout comes from the configuration).
	HTTPClient HTTPDoer
	// Cache stores results by input hash, so identical inputs are not paid for twice (default: none).
	Cache Cache
	// Clock tells the time and waits between retries (default: the system clock).
	Clock Clock
	// ConfigHash identifies the configuration (config.Config.Hash); it is part of the cache key.
	ConfigHash string
	// Redactor returns the redactor of a ticket, used with send_redacted to
	// redact what is sent and to check answers for leaks. The engine's
	// Redactor (which keeps SLA, priority and team names) is the one to pass;
	// by default the ticket's priority, team and SLA name are kept.
	Redactor func(*ticket.Ticket) *redact.Redactor
}

// Writer writes narratives with a language model, guarded by factguard.
type Writer struct {
	cfg     config.WriterSettings
	client  *openai.Client
	log     *slog.Logger
	cache   Cache
	clock   Clock
	hash    string
	redact  func(*ticket.Ticket) *redact.Redactor
	sem     chan struct{}
	retries int
	timeout time.Duration
	temp    float32
}

// The writer's defaults, for the settings a configuration leaves out (zero).
const (
	DefaultConcurrency     = 4
	DefaultRetries         = 4
	DefaultTimeout         = 60 * time.Second
	DefaultContextTokens   = 8192
	DefaultMaxOutputTokens = 1500
)

// withDefaults fills in what cfg leaves out; JSON mode is on unless turned
// off. It returns the settings and the number of retries.
func withDefaults(cfg config.WriterSettings) (config.WriterSettings, int) {
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	retries := DefaultRetries
	if cfg.Retries != nil {
		retries = max(*cfg.Retries, 0)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = config.Duration(DefaultTimeout)
	}
	if cfg.ContextTokens <= 0 {
		cfg.ContextTokens = DefaultContextTokens
	}
	if cfg.MaxOutputTokens <= 0 {
		cfg.MaxOutputTokens = DefaultMaxOutputTokens
	}
	if cfg.JSONMode == nil {
		t := true
		cfg.JSONMode = &t
	}
	return cfg, retries
}

// New returns a writer for cfg, as config.Parse validated it; New applies the
// defaults above to what cfg leaves out.
// The API key, if any, is read from the environment variable cfg.APIKeyEnv.
func New(cfg config.WriterSettings, opts Options) (*Writer, error) {
	if cfg.BaseURL == "" || cfg.Model == "" {
		return nil, errors.New("llmwriter: base_url and model are required")
	}
	cfg, retries := withDefaults(cfg)
	if cfg.MaxOutputTokens > cfg.ContextTokens/2 {
		return nil, fmt.Errorf("llmwriter: max_output_tokens %d leaves too little of context_tokens %d for the prompt", cfg.MaxOutputTokens, cfg.ContextTokens)
	}
	key := ""
	if cfg.APIKeyEnv != "" {
		key = os.Getenv(cfg.APIKeyEnv)
	}
	oc := openai.DefaultConfig(key)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	var doer HTTPDoer = opts.HTTPClient
	if doer == nil {
		doer = &http.Client{}
	}
	oc.HTTPClient = recordingDoer{inner: doer}
	w := &Writer{
		cfg:     cfg,
		client:  openai.NewClientWithConfig(oc),
		log:     opts.Logger,
		cache:   opts.Cache,
		clock:   opts.Clock,
		hash:    opts.ConfigHash,
		redact:  opts.Redactor,
		sem:     make(chan struct{}, cfg.Concurrency),
		retries: retries,
		timeout: time.Duration(cfg.Timeout),
		temp:    defaultTemperature,
	}
	if cfg.Temperature != nil {
		w.temp = float32(*cfg.Temperature)
	}
	if w.temp == 0 {
		// go-openai leaves a zero temperature out of the request, and servers then
		// use their own default; the smallest positive value means "greedy" to all.
		w.temp = math.SmallestNonzeroFloat32
	}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	if w.clock == nil {
		w.clock = realClock{}
	}
	if w.redact == nil {
		w.redact = func(t *ticket.Ticket) *redact.Redactor {
			return redact.New(t, redact.Options{Keep: []string{t.Priority, t.Team, t.SLA}})
		}
	}
	return w, nil
}

// Name implements the engine's writer interface.
func (w *Writer) Name() string { return Name }

// Version is the writer's code version and its prompt's, such as "2/prompt-1".
func (w *Writer) Version() string { return codeVersion + "/" + promptVersion }

// sectionDraft is a section's text and what the guard found wrong with it.
type sectionDraft struct {
	text     string
	problems []string
	// rejected are the problems as the analysis records them.
	rejected []analysis.Rejection
}

// job is one Write's state.
type job struct {
	w        *Writer
	in       *writer.Input
	facts    *factguard.Facts
	cites    *factguard.Citations
	redactor *redact.Redactor
	meta     writer.Meta
	system   string
	user     string
}

// Write returns the narrative of in.Analysis written by the model, with every
// section checked by the fact guard. It returns an error only for an invalid
// input or when ctx ends; model failures fall back to the deterministic text.
func (w *Writer) Write(ctx context.Context, in *writer.Input) (analysis.Narrative, writer.Meta, error) {
	if err := ctx.Err(); err != nil {
		return analysis.Narrative{}, writer.Meta{}, err
	}
	if in == nil || in.Analysis == nil || in.Ticket == nil {
		return analysis.Narrative{}, writer.Meta{}, errors.New("llmwriter: input needs a ticket and its analysis")
	}
	j := &job{w: w, in: in, meta: writer.Meta{Model: w.cfg.Model}}
	if w.cfg.SendRedacted {
		j.redactor = w.redact(in.Ticket)
	}
	facts, err := factguard.NewFacts(factguard.Input{Analysis: in.Analysis, Ticket: in.Ticket, Settings: in.Settings,
		Redactor: j.redactor, Redacted: w.cfg.SendRedacted})
	if err != nil {
		return analysis.Narrative{}, writer.Meta{}, fmt.Errorf("llmwriter: %w", err)
	}
	j.facts = facts
	if j.cites, err = factguard.NewCitations(factguard.Input{Analysis: in.Analysis, Ticket: in.Ticket, Settings: in.Settings,
		Redactor: j.redactor, Redacted: w.cfg.SendRedacted}, false); err != nil {
		return analysis.Narrative{}, writer.Meta{}, fmt.Errorf("llmwriter: %w", err)
	}
	key := w.cacheKey(in)
	if n, meta, ok := w.cached(ctx, key); ok {
		return n, meta, nil
	}
	n, complete, err := j.run(ctx)
	if err != nil {
		return analysis.Narrative{}, writer.Meta{}, err
	}
	if complete {
		w.store(ctx, key, n, j.meta)
	}
	return n, j.meta, nil
}

// run writes the narrative. complete is false when the model could not be used
// at all, so the result is not worth caching.
func (j *job) run(ctx context.Context) (analysis.Narrative, bool, error) {
	fallback := writer.Narrate(j.in.Analysis)
	if err := j.buildPrompt(ctx); err != nil {
		if ctx.Err() != nil {
			return analysis.Narrative{}, false, ctx.Err()
		}
		return j.fallbackAll(fallback, "model unavailable: "+err.Error()), false, nil
	}
	answer, err := j.ask(ctx, []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: j.system},
		{Role: openai.ChatMessageRoleUser, Content: j.user},
	}, j.w.cfg.MaxOutputTokens, true)
	if err != nil {
		if ctx.Err() != nil {
			return analysis.Narrative{}, false, ctx.Err()
		}
		return j.fallbackAll(fallback, "model unavailable: "+err.Error()), false, nil
	}
	sections, err := parseSections(answer)
	if err != nil {
		// One more try, asking for the form again.
		j.w.log.Warn("llm answer unreadable; asking again", "ticket", j.in.Ticket.ID, "err", err)
		again, aerr := j.ask(ctx, []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: j.system},
			{Role: openai.ChatMessageRoleUser, Content: j.user},
			{Role: openai.ChatMessageRoleAssistant, Content: clip(answer, 2000)},
			{Role: openai.ChatMessageRoleUser, Content: formatPrompt},
		}, j.w.cfg.MaxOutputTokens, true)
		if aerr != nil {
			if ctx.Err() != nil {
				return analysis.Narrative{}, false, ctx.Err()
			}
			return j.fallbackAll(fallback, "model unavailable: "+aerr.Error()), false, nil
		}
		if sections, err = parseSections(again); err != nil {
			return j.fallbackAll(fallback, unreadable(again, err)), false, nil
		}
	}
	drafts := j.guard(sections)
	first := len(j.meta.Rejected)
	for _, k := range sectionKeys {
		for _, r := range drafts[k].rejected {
			r.Attempt = 1
			j.meta.Rejected = append(j.meta.Rejected, r)
		}
	}
	if len(drafts) > 0 {
		j.w.log.Info("llm sections rejected by the fact guard; asking for a rewrite", "ticket", j.in.Ticket.ID, "sections", len(drafts))
		repaired, err := j.ask(ctx, []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: j.system},
			{Role: openai.ChatMessageRoleUser, Content: j.user},
			{Role: openai.ChatMessageRoleUser, Content: j.redacted(repairPrompt(drafts))},
		}, j.w.cfg.MaxOutputTokens, true)
		if err != nil && ctx.Err() != nil {
			return analysis.Narrative{}, false, ctx.Err()
		}
		if err == nil {
			if fixed, perr := parseSections(repaired); perr == nil {
				for k := range drafts {
					if text, ok := fixed[k]; ok {
						sections[k] = text
					}
				}
			}
		}
		for k, d := range j.guard(sections) {
			// Only sections that were sent back may fall back; others already passed.
			if _, sent := drafts[k]; !sent {
				continue
			}
			j.meta.Fallbacks = append(j.meta.Fallbacks, writer.Fallback{Section: k, Reason: "fact guard: " + summarise(d.problems)})
			for i := first; i < len(j.meta.Rejected); i++ {
				if j.meta.Rejected[i].Section == k {
					j.meta.Rejected[i].FellBack = true
				}
			}
			for _, r := range d.rejected {
				r.Attempt, r.FellBack = 2, true
				j.meta.Rejected = append(j.meta.Rejected, r)
			}
			delete(sections, k)
			j.w.log.Warn("llm section fell back to the deterministic text", "ticket", j.in.Ticket.ID, "section", k, "problems", d.problems)
		}
	}
	return j.assemble(sections, fallback), true, nil
}

// guard checks every section and returns the failing ones with their problems.
func (j *job) guard(sections map[string]string) map[string]sectionDraft {
	bad := map[string]sectionDraft{}
	for _, k := range sectionKeys {
		text, ok := sections[k]
		if !ok || strings.TrimSpace(text) == "" {
			bad[k] = sectionDraft{problems: []string{"the section is missing from the answer"}}
			continue
		}
		sents := citedSentences(k, text)
		ps := factguard.Check(plainText(sents), j.facts)
		ps = append(ps, citationProblems(j.cites, sents)...)
		if len(ps) == 0 {
			continue
		}
		d := sectionDraft{text: text}
		for _, p := range ps {
			d.problems = append(d.problems, p.String())
			// With send_redacted the record keeps the redacted form, whatever the model leaked.
			d.rejected = append(d.rejected, analysis.Rejection{Section: k, Sentence: j.redacted(p.Sentence), Kind: string(p.Kind),
				Phrase: j.redacted(p.Phrase), Reason: j.redacted(p.Reason)})
		}
		bad[k] = d
	}
	return bad
}

// assemble builds the narrative from the accepted sections, restoring what
// redaction replaced, and the deterministic text for the rest.
func (j *job) assemble(sections map[string]string, fallback analysis.Narrative) analysis.Narrative {
	out := fallback
	out.Sentences = nil
	restore := j.unredactor()
	for _, k := range sectionKeys {
		text, ok := sections[k]
		if !ok {
			for _, s := range fallback.Sentences {
				if s.Section == k {
					out.Sentences = append(out.Sentences, s)
				}
			}
			continue
		}
		sents := citedSentences(k, text)
		for i := range sents {
			sents[i].Text = restore(sents[i].Text)
		}
		*field(&out, k) = plainText(sents)
		out.Sentences = append(out.Sentences, sents...)
	}
	return out
}

// redacted returns s as the model may see it: redacted with send_redacted.
func (j *job) redacted(s string) string {
	if j.redactor == nil {
		return s
	}
	return j.redactor.String(s)
}

func (j *job) fallbackAll(n analysis.Narrative, reason string) analysis.Narrative {
	j.w.log.Warn("llm narrative fell back to the deterministic writer", "ticket", j.in.Ticket.ID, "reason", reason)
	j.meta.Fallbacks = nil
	for _, k := range sectionKeys {
		j.meta.Fallbacks = append(j.meta.Fallbacks, writer.Fallback{Section: k, Reason: reason})
	}
	return n
}

// field returns the narrative's field for a section key.
func field(n *analysis.Narrative, key string) *string {
	switch key {
	case "overview":
		return &n.Overview
	case "triage":
		return &n.Triage
	case "investigations":
		return &n.Investigations
	case "technical_quality":
		return &n.TechnicalQuality
	case "communication":
		return &n.Communication
	case "risk_handling":
		return &n.RiskHandling
	case "root_cause":
		return &n.RootCause
	case "executive_summary":
		return &n.ExecutiveSummary
	case "business_impact":
		return &n.BusinessImpact
	default:
		return &n.Outcome
	}
}

// ask sends one chat and returns the answer's text, counting its tokens.
func (j *job) ask(ctx context.Context, msgs []openai.ChatCompletionMessage, maxTokens int, jsonMode bool) (string, error) {
	req := openai.ChatCompletionRequest{
		Model:       j.w.cfg.Model,
		Messages:    msgs,
		Temperature: j.w.temp,
		//lint:ignore SA1019 max_tokens is what Ollama and llama.cpp's server read; max_completion_tokens is newer.
		MaxTokens: maxTokens,
	}
	if jsonMode && *j.w.cfg.JSONMode {
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	resp, err := j.w.complete(ctx, req)
	if err != nil {
		return "", err
	}
	prompt, completion := resp.Usage.PromptTokens, resp.Usage.CompletionTokens
	if prompt == 0 {
		// The server reported no usage: count the estimate instead.
		for _, m := range msgs {
			prompt += EstimateTokens(m.Content)
		}
	}
	if len(resp.Choices) == 0 {
		j.meta.PromptTokens += prompt
		return "", nil
	}
	msg := resp.Choices[0].Message
	if completion == 0 {
		completion = EstimateTokens(msg.Content)
	}
	j.meta.PromptTokens += prompt
	j.meta.CompletionTokens += completion
	if msg.Refusal != "" && strings.TrimSpace(msg.Content) == "" {
		return "refusal: " + msg.Refusal, nil
	}
	return msg.Content, nil
}

var refusalRE = regexp.MustCompile(`(?i)^\s*(?:refusal:|i'?m sorry|i am sorry|i cannot|i can'?t|i am unable|i'?m unable|as an ai)`)

// unreadable says why an answer could not be used.
func unreadable(answer string, err error) string {
	if refusalRE.MatchString(answer) {
		return "model refused: " + clip(strings.TrimSpace(answer), 160)
	}
	if strings.TrimSpace(answer) == "" {
		return "model gave an empty answer"
	}
	return "model answer unreadable: " + err.Error()
}

func summarise(problems []string) string {
	const most = 3
	if len(problems) <= most {
		return strings.Join(problems, "; ")
	}
	return fmt.Sprintf("%s; and %d more", strings.Join(problems[:most], "; "), len(problems)-most)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// ---- redaction ----

var placeholderRE = regexp.MustCompile(`\\?\[[A-Z]+(?:-\d+)?\]`)

// unredactor returns a function that puts the ticket's identifiers back in
// place of the placeholders the model kept, so the plain narrative names them
// (the engine redacts the shareable reports itself).
func (j *job) unredactor() func(string) string {
	r := j.redactor
	if r == nil {
		return func(s string) string { return s }
	}
	t := j.in.Ticket
	back := map[string]string{}
	add := func(term string) {
		if strings.TrimSpace(term) == "" {
			return
		}
		ph := r.String(term)
		if placeholderRE.FindString(ph) == ph && ph != term {
			if _, ok := back[ph]; !ok {
				back[ph] = term
			}
		}
	}
	for _, s := range []string{t.Customer.Name, t.Customer.Contact, t.Customer.Email, t.Customer.Phone, t.ID} {
		add(s)
	}
	for _, l := range t.Links {
		add(l.ID)
	}
	for _, e := range t.Events {
		add(e.Author)
	}
	for _, term := range r.Terms() {
		add(term)
	}
	return func(s string) string {
		return placeholderRE.ReplaceAllStringFunc(s, func(ph string) string {
			if v, ok := back[strings.TrimPrefix(ph, `\`)]; ok {
				return v
			}
			return ph
		})
	}
}

// ---- cache ----

// Cache stores written narratives by key. The store implements it for
// production; NewMemoryCache is an in-memory one.
type Cache interface {
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Put(ctx context.Context, key string, value []byte) error
}

// MemoryCache is a Cache in memory, safe for concurrent use.
type MemoryCache struct {
	mu sync.Mutex
	m  map[string][]byte
}

// NewMemoryCache returns an empty MemoryCache.
func NewMemoryCache() *MemoryCache { return &MemoryCache{m: map[string][]byte{}} }

// Get implements Cache.
func (c *MemoryCache) Get(_ context.Context, key string) ([]byte, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok, nil
}

// Put implements Cache.
func (c *MemoryCache) Put(_ context.Context, key string, value []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = append([]byte(nil), value...)
	return nil
}

// Len returns the number of stored results.
func (c *MemoryCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// cacheKey hashes everything that shapes the answer: the ticket, the computed
// analysis, the directives, the configuration, the model and its settings, and
// the writer's and prompt's versions.
func (w *Writer) cacheKey(in *writer.Input) string {
	a := *in.Analysis
	a.Narrative = analysis.Narrative{}
	var directives []analysis.Directive
	if in.Settings != nil {
		directives = in.Settings.Directives
	}
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, v := range []any{w.Version(), w.hash, w.cfg.BaseURL, w.cfg.Model, w.temp, w.cfg.MaxOutputTokens, w.cfg.ContextTokens,
		*w.cfg.JSONMode, w.cfg.Instructions, w.cfg.SendRedacted, in.Ticket, a, directives} {
		if err := enc.Encode(v); err != nil {
			fmt.Fprintf(h, "%v", v)
		}
	}
	return "llm:" + hex.EncodeToString(h.Sum(nil))
}

// cachedResult is what the cache stores.
type cachedResult struct {
	Narrative        analysis.Narrative   `json:"narrative"`
	Model            string               `json:"model"`
	PromptTokens     int                  `json:"prompt_tokens"`
	CompletionTokens int                  `json:"completion_tokens"`
	Fallbacks        []writer.Fallback    `json:"fallbacks,omitempty"`
	Rejected         []analysis.Rejection `json:"rejected,omitempty"`
}

// cached returns a stored result. Its Meta says Cached and counts no tokens:
// nothing was paid for this time.
func (w *Writer) cached(ctx context.Context, key string) (analysis.Narrative, writer.Meta, bool) {
	if w.cache == nil {
		return analysis.Narrative{}, writer.Meta{}, false
	}
	data, ok, err := w.cache.Get(ctx, key)
	if err != nil {
		w.log.Warn("llm cache read failed", "err", err)
		return analysis.Narrative{}, writer.Meta{}, false
	}
	if !ok {
		return analysis.Narrative{}, writer.Meta{}, false
	}
	var r cachedResult
	if err := json.Unmarshal(data, &r); err != nil {
		w.log.Warn("llm cache entry unreadable", "err", err)
		return analysis.Narrative{}, writer.Meta{}, false
	}
	return r.Narrative, writer.Meta{Model: r.Model, Fallbacks: r.Fallbacks, Rejected: r.Rejected, Cached: true}, true
}

func (w *Writer) store(ctx context.Context, key string, n analysis.Narrative, m writer.Meta) {
	if w.cache == nil {
		return
	}
	data, err := json.Marshal(cachedResult{Narrative: n, Model: m.Model, PromptTokens: m.PromptTokens, CompletionTokens: m.CompletionTokens, Fallbacks: m.Fallbacks, Rejected: m.Rejected})
	if err == nil {
		err = w.cache.Put(ctx, key, data)
	}
	if err != nil {
		w.log.Warn("llm cache write failed", "err", err)
	}
}
