package llmwriter

import (
	"context"
	"fmt"
	"strings"
	"sync"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/factguard"
)

// Budgets for long tickets, in estimated tokens (see EstimateTokens).
const (
	// margin is kept free of every request for the chat template's own tokens.
	margin = 128
	// summaryTokens bounds one chunk summary.
	summaryTokens = 400
	// maxRounds bounds how often summaries are summarised again.
	maxRounds = 3
)

// buildPrompt sets the job's system and user prompts. When the ticket's messages
// do not fit the context budget, they are summarised in chunks first (the map
// step) and the narrative is written from the summaries.
func (j *job) buildPrompt(ctx context.Context) error {
	a, t := j.in.Analysis, j.in.Ticket
	directives := j.in.Settings
	zone := zoneOf(a)
	red := func(s string) string { return s }
	if j.redactor != nil {
		red = j.redactor.String
		t = j.redactor.Ticket(t)
	}
	if directives != nil {
		j.system = systemPrompt(zone.Name(), directives.Directives, j.w.cfg.Instructions, j.redactor != nil)
	} else {
		j.system = systemPrompt(zone.Name(), nil, j.w.cfg.Instructions, j.redactor != nil)
	}
	budget := j.w.cfg.ContextTokens - j.w.cfg.MaxOutputTokens - margin
	factsText := red(mustJSON(compactFacts(a)) + "\n\nCitable facts (cite them by id):\n" + sourceLines(a))
	if EstimateTokens(j.system)+EstimateTokens(factsText) > budget/2 {
		// A small context: the ids alone, which the facts above explain.
		factsText = red(mustJSON(compactFacts(a)) + "\n\nCitable facts (cite them by id): " + sourceIDs(a))
	}
	findings := red(findingLines(a))
	msgs := messages(t, zone)
	var all strings.Builder
	for _, m := range msgs {
		all.WriteString(m.line)
	}
	j.user = userPrompt(factsText, findings, red(timelineLines(a, false)), all.String())
	if EstimateTokens(j.system)+EstimateTokens(j.user) <= budget {
		return nil
	}
	// Too long: summarise the messages, with the full timeline to make up for them.
	timeline := red(timelineLines(a, true))
	fixed := EstimateTokens(j.system) + EstimateTokens(userPrompt(factsText, findings, timeline, ""))
	room := budget - fixed
	if room < budget/4 {
		// The facts leave little room: shorten the timeline, then the findings,
		// so that a quarter of the budget is left for the messages.
		rest := func() int {
			return budget - EstimateTokens(j.system) - EstimateTokens(userPrompt(factsText, findings, "", ""))
		}
		timeline = clip(timeline, max(0, (rest()-budget/4)*4))
		if rest()-EstimateTokens(timeline) < budget/4 {
			timeline = ""
			findings = clip(findings, max(0, (budget-EstimateTokens(j.system)-EstimateTokens(userPrompt(factsText, "", "", ""))-budget/4)*4))
		}
		room = budget - EstimateTokens(j.system) - EstimateTokens(userPrompt(factsText, findings, timeline, ""))
	}
	lines := make([]string, len(msgs))
	for i, m := range msgs {
		lines[i] = m.line
	}
	for round := 0; ; round++ {
		if tokensOf(lines) <= room || round == maxRounds {
			break
		}
		summaries, err := j.summarise(ctx, lines)
		if err != nil {
			return err
		}
		lines = summaries
	}
	data := strings.Join(lines, "")
	if EstimateTokens(data) > room {
		data = clip(data, max(0, room*4)) + "\n[the rest of the ticket is left out for length]\n"
	}
	j.user = userPrompt(factsText, findings, timeline, "Summaries of the ticket's messages, in order:\n"+data)
	return nil
}

func tokensOf(lines []string) int {
	n := 0
	for _, l := range lines {
		n += EstimateTokens(l)
	}
	return n
}

// chunks groups lines into runs that each fit in size tokens; a line longer
// than that is clipped to it.
func chunks(lines []string, size int) [][]string {
	var out [][]string
	var cur []string
	n := 0
	for _, l := range lines {
		if EstimateTokens(l) > size {
			l = clip(l, size*4-16) + "\n"
		}
		t := EstimateTokens(l)
		if n+t > size && len(cur) > 0 {
			out = append(out, cur)
			cur, n = nil, 0
		}
		cur = append(cur, l)
		n += t
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// summarise summarises the lines chunk by chunk, the chunks concurrently (the
// writer's semaphore bounds the requests). A summary that blames someone, echoes
// an instruction from the ticket or leaks an identifier is replaced by an
// extract of its chunk.
func (j *job) summarise(ctx context.Context, lines []string) ([]string, error) {
	size := j.w.cfg.ContextTokens - summaryTokens - EstimateTokens(summaryPrompt) - EstimateTokens(untrustedNote) - margin
	groups := chunks(lines, size)
	out := make([]string, len(groups))
	errs := make([]error, len(groups))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, g := range groups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sub := &job{w: j.w, in: j.in, facts: j.facts}
			text, err := sub.ask(ctx, []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: summaryPrompt},
				{Role: openai.ChatMessageRoleUser, Content: "<ticket_data>\n" + untrustedNote + strings.Join(g, "") + "</ticket_data>"},
			}, summaryTokens, false)
			mu.Lock()
			j.meta.PromptTokens += sub.meta.PromptTokens
			j.meta.CompletionTokens += sub.meta.CompletionTokens
			mu.Unlock()
			if err != nil {
				errs[i] = err
				return
			}
			bad := factguard.Only(factguard.Check(text, j.facts), factguard.KindBlame, factguard.KindInjection, factguard.KindLeak)
			if strings.TrimSpace(text) == "" || len(bad) > 0 {
				j.w.log.Warn("llm chunk summary rejected; using an extract", "ticket", j.in.Ticket.ID, "problems", len(bad))
				text = extract(g)
			}
			out[i] = strings.TrimSpace(text) + "\n"
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("summarise: %w", err)
		}
	}
	return out, nil
}

// extract is the deterministic stand-in for a rejected summary: each message's
// header and first sentence.
func extract(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		s := l
		if i := strings.Index(s, ". "); i > 0 {
			s = s[:i+1]
		}
		b.WriteString(clip(strings.TrimSpace(s), 200) + "\n")
	}
	return b.String()
}
