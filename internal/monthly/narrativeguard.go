package monthly

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/factguard"
	"github.com/debriefhq/debrief/internal/figures"
)

// The model that writes a report's summary paragraph is given the figures of
// NarrativeFigures and nothing else; the guard below accepts a paragraph
// only when every figure, month, name and term in it is one of those. It
// lives here, beside the figures it checks, and reads numbers, durations,
// months, terms, blame and injected instructions with factguard's
// recognisers, so a figure is read the same way in a ticket's narrative and
// in a month's.

// narrativeDrop are the keys left out of what the model sees: ticket ids,
// staff, per-ticket lists and internal codes. Without them the paragraph
// can name no ticket and no member of staff.
var narrativeDrop = map[string]bool{
	"ticket": true, "ticket_ids": true, "analysis": true, "by_owner": true, "overdue_items": true,
	"earlier_items": true, "breaches": true, "worst": true, "terms": true, "owner": true, "id": true,
	"code": true, "from": true, "to": true, "burn": true,
}

// NarrativeFigures is what a writer of the summary paragraph is given: the
// report's figures as JSON, without ticket ids, staff or per-ticket lists,
// with a few derived counts the paragraph may state (recurring and new
// themes, exhausted budgets, the change in SLA achievement since the month
// before in percentage points).
func (r *Report) NarrativeFigures() ([]byte, error) {
	full, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("monthly: narrative figures: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(full, &m); err != nil {
		return nil, fmt.Errorf("monthly: narrative figures: %w", err)
	}
	delete(m, "narrative")
	delete(m, "narrative_writer")
	delete(m, "narrative_fallback")
	m["month_name"] = r.monthName()
	if fs, ok := m["factors"].([]any); ok {
		for _, f := range fs {
			if f, ok := f.(map[string]any); ok {
				k, _ := f["key"].(string)
				f["label"] = factorLabel(k)
			}
		}
	}
	h := map[string]any{}
	recurring := 0
	for _, t := range r.Themes {
		if t.Recurring {
			recurring++
		}
	}
	h["themes"], h["recurring_themes"], h["new_themes"] = len(r.Themes), recurring, len(r.Themes)-recurring
	exhausted := 0
	for _, o := range r.Objectives {
		if o.Exhausted {
			exhausted++
		}
	}
	h["exhausted_objectives"] = exhausted
	if len(r.Previous) > 0 {
		prev := r.Previous[len(r.Previous)-1]
		h["previous_month"] = prev.Month
		for name, pair := range map[string][2]*float64{
			"first_response_change_points": {prev.FirstResponse.WithinSLAPercent, r.FirstResponse.WithinSLAPercent},
			"resolution_change_points":     {prev.Resolution.WithinSLAPercent, r.Resolution.WithinSLAPercent},
		} {
			if pair[0] != nil && pair[1] != nil {
				h[name] = math.Round((*pair[1]-*pair[0])*10) / 10
			}
		}
	}
	m["highlights"] = h
	return json.Marshal(prune(m))
}

// narrativeListMax bounds every list the writer is given (the report's
// lists are ranked, largest first), so that a month of many customers fits a
// model's context: the paragraph speaks of the largest few.
const narrativeListMax = 10

// prune removes the dropped keys and the lists of ticket ids (a theme's
// "tickets") wherever they are, and cuts long lists to narrativeListMax.
func prune(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if narrativeDrop[k] {
				delete(x, k)
				continue
			}
			if l, ok := e.([]any); ok && len(l) > narrativeListMax && k != "trend" {
				e = l[:narrativeListMax]
				x[k] = e
			}
			if l, ok := e.([]any); ok && k == "tickets" && len(l) > 0 {
				if _, ids := l[0].(string); ids {
					delete(x, k)
					continue
				}
			}
			x[k] = prune(e)
		}
	case []any:
		for i := range x {
			x[i] = prune(x[i])
		}
	}
	return v
}

// monthName is the report's month as prose writes it: "February 2026".
func (r *Report) monthName() string {
	if t, err := time.Parse("2006-01", r.Month); err == nil {
		return t.Format("January 2006")
	}
	return r.Month
}

// NarrativeGuard checks a summary paragraph against a report's figures.
type NarrativeGuard struct {
	external  bool
	ints      map[int64]bool
	floats    []float64
	percents  []float64
	durations []time.Duration
	months    map[string]bool // "2026-02"
	monthOnly map[time.Month]bool
	vocab     map[string]bool
	terms     map[int]bool
	staff     []string
	ids       []string
}

// NewNarrativeGuard returns the guard of r's paragraph: figures is what the
// writer was given (NarrativeFigures), staff the names of staff who may not
// be named in an external report nor blamed in any.
func NewNarrativeGuard(r *Report, given []byte, staff []string) (*NarrativeGuard, error) {
	var v any
	if err := json.Unmarshal(given, &v); err != nil {
		return nil, fmt.Errorf("monthly: narrative guard: %w", err)
	}
	g := &NarrativeGuard{external: r.External, ints: map[int64]bool{}, months: map[string]bool{},
		monthOnly: map[time.Month]bool{}, vocab: map[string]bool{}}
	var text strings.Builder
	g.walk("", v, &text)
	g.terms = factguard.TermGroups(text.String())
	g.staff = slices.DeleteFunc(append(slices.Clone(staff), r.owners()...), func(s string) bool { return len(strings.TrimSpace(s)) < 2 })
	g.ids = r.ticketIDs()
	return g, nil
}

var (
	monthKeyRE = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	vocabRE    = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)
)

// walk collects the figures of v, read by their keys: percentages, durations
// in seconds, counts, months, and the words of every text.
func (g *NarrativeGuard) walk(key string, v any, text *strings.Builder) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			g.word(strings.ReplaceAll(k, "_", " "), text)
			g.walk(k, e, text)
		}
	case []any:
		g.ints[int64(len(x))] = true
		for _, e := range x {
			g.walk(key, e, text)
		}
	case float64:
		switch {
		case strings.Contains(key, "percent") || strings.HasSuffix(key, "_points"):
			g.percents = append(g.percents, x, math.Abs(x))
			g.floats = append(g.floats, math.Abs(x))
		case strings.HasSuffix(key, "seconds"):
			g.durations = append(g.durations, time.Duration(x)*time.Second)
		default:
			g.ints[int64(math.Round(x))] = true
			g.floats = append(g.floats, x)
		}
	case string:
		if m := monthKeyRE.FindStringSubmatch(x); m != nil {
			g.months[x] = true
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			g.ints[int64(y)] = true
			g.monthOnly[time.Month(mo)] = true
			g.word(time.Month(mo).String(), text)
		}
		g.word(x, text)
	}
}

func (g *NarrativeGuard) word(s string, text *strings.Builder) {
	text.WriteString(s)
	text.WriteString(". ")
	for _, w := range vocabRE.FindAllString(s, -1) {
		g.vocab[strings.ToLower(w)] = true
	}
}

// owners are the report's action owners, its staff.
func (r *Report) owners() []string {
	var out []string
	for _, o := range r.Actions.ByOwner {
		out = append(out, o.Owner)
	}
	for _, items := range [][]figures.ActionItem{r.Actions.OverdueItems, r.Actions.EarlierItems} {
		for _, it := range items {
			out = append(out, it.Owner)
		}
	}
	return out
}

// ticketIDs are the ticket ids the report holds.
func (r *Report) ticketIDs() []string {
	var out []string
	for _, b := range r.Breaches {
		out = append(out, b.Ticket)
	}
	for _, w := range r.Worst {
		out = append(out, w.Ticket)
	}
	for _, d := range r.Directives {
		out = append(out, d.Tickets...)
	}
	for _, t := range r.Themes {
		out = append(out, t.Tickets...)
	}
	for _, items := range [][]figures.ActionItem{r.Actions.OverdueItems, r.Actions.EarlierItems} {
		for _, it := range items {
			out = append(out, it.TicketID)
		}
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// Narration is a summary paragraph as a writer other than the deterministic
// one wrote it (the LLM writer's Monthly).
type Narration struct {
	// Text is the paragraph: the model's when it passed the guard, the
	// deterministic one otherwise.
	Text string
	// Writer is "llm" when the model's paragraph is used, "deterministic" otherwise.
	Writer string
	// Fallback says why the deterministic paragraph stands instead ("" when it does not).
	Fallback string
	// Model and the token counts are what was paid for; a Cached paragraph paid nothing.
	Model                          string
	PromptTokens, CompletionTokens int
	Cached                         bool
}
