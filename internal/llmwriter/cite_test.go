package llmwriter

import (
	"context"
	"github.com/debriefhq/debrief/internal/llmwriter/llmtest"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/debriefhq/debrief/internal/analysis"
)

func TestCitedSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []analysis.Sentence
	}{
		{"The volume failed [e3]. The team replied [e6, first_response].", []analysis.Sentence{
			{Section: "s", Text: "The volume failed.", Sources: []string{"e3"}},
			{Section: "s", Text: "The team replied.", Sources: []string{"e6", "first_response"}}}},
		{"The volume failed. [e3] [PERSON-1] of [CUSTOMER] wrote.", []analysis.Sentence{
			{Section: "s", Text: "The volume failed.", Sources: []string{"e3"}},
			{Section: "s", Text: "[PERSON-1] of [CUSTOMER] wrote.", Sources: nil}}},
		{"Gap [gap:2; updates] was long.", []analysis.Sentence{{Section: "s", Text: "Gap was long.", Sources: []string{"gap:2", "updates"}}}},
	}
	for _, c := range cases {
		got := citedSentences("s", c.in)
		if len(got) != len(c.want) {
			t.Fatalf("%q: %d sentences %+v, want %d", c.in, len(got), got, len(c.want))
		}
		for i := range got {
			if got[i].Text != c.want[i].Text || strings.Join(got[i].Sources, ",") != strings.Join(c.want[i].Sources, ",") {
				t.Errorf("%q: sentence %d = %+v, want %+v", c.in, i, got[i], c.want[i])
			}
		}
	}
}

// TestCitationsAreChecked: a model that adds a sentence whose every token is
// right but whose claim its source contradicts (who did it, in what order) is
// sent back with the reason; its cited rewrite is used, and the narrative
// records each sentence with its sources. A model that cites nothing falls back.
func TestCitationsAreChecked(t *testing.T) {
	ex := load(t, pve)
	good := goodSections(ex.input.Analysis)
	first := map[string]string{}
	for k, v := range good {
		first[k] = v
	}
	first["communication"] += " The team asked for news at 07:37:20 [e5]."
	first["technical_quality"] += " Quorum was re-established before the customer asked for news [e7, e5]."
	fix := map[string]string{
		"communication":     "The customer asked for news at 07:37:20 [e5, chase:1].",
		"technical_quality": "Quorum was re-established at 08:06:23 [e7].",
	}
	f := llmtest.New(t, func(n int, req openai.ChatCompletionRequest) llmtest.Reply {
		if kind(req) == "repair" {
			return llmtest.Reply{Content: toJSON(fix)}
		}
		return llmtest.Reply{Content: toJSON(first)}
	})
	n, meta, err := newWriter(t, settings(f.URL()), Options{}).Write(context.Background(), ex.input)
	if err != nil {
		t.Fatal(err)
	}
	reqs := f.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want a write and a repair", len(reqs))
	}
	sys, user := reqs[0].Messages[0].Content, reqs[0].Messages[1].Content
	for _, want := range []string{"Citations:", "first_response: The first customer-visible response", "[e3] [07:17:33] agent:"} {
		if !strings.Contains(sys+user, want) {
			t.Errorf("prompt lacks %q", want)
		}
	}
	repair := reqs[1].Messages[len(reqs[1].Messages)-1].Content
	for _, want := range []string{"none of the cited sources (e5) is the team's", "the order is wrong"} {
		if !strings.Contains(repair, want) {
			t.Errorf("repair request lacks %q:\n%s", want, repair)
		}
	}
	if n.Communication != "The customer asked for news at 07:37:20." || len(meta.Fallbacks) != 0 {
		t.Errorf("communication = %q, fallbacks %v", n.Communication, meta.Fallbacks)
	}
	kinds := map[string]bool{}
	for _, r := range meta.Rejected {
		kinds[r.Kind] = true
	}
	if !kinds["source"] {
		t.Errorf("rejections %+v record no source problem", meta.Rejected)
	}
	found := false
	for _, s := range n.Sentences {
		if s.Section == "communication" && s.Text == n.Communication && strings.Join(s.Sources, ",") == "e5,chase:1" {
			found = true
		}
		if len(s.Sources) == 0 {
			t.Errorf("sentence without a source: %+v", s)
		}
	}
	if !found {
		t.Errorf("the narrative's sentences do not record the rewrite's sources: %+v", n.Sentences)
	}

	// Uncited prose is rejected and, uncited again, falls back.
	plain := map[string]string{}
	for k, v := range good {
		plain[k] = plainText(citedSentences(k, v))
	}
	f2 := llmtest.New(t, func(int, openai.ChatCompletionRequest) llmtest.Reply { return llmtest.Reply{Content: toJSON(plain)} })
	n2, meta2, err := newWriter(t, settings(f2.URL()), Options{}).Write(context.Background(), ex.input)
	if err != nil {
		t.Fatal(err)
	}
	if len(meta2.Fallbacks) != len(sectionKeys) || !strings.Contains(meta2.Fallbacks[0].Reason, "cites no source") {
		t.Errorf("uncited answer: fallbacks %v", meta2.Fallbacks)
	}
	if len(n2.Sentences) == 0 || n2.Overview == plain["overview"] {
		t.Errorf("uncited answer was kept: %q", n2.Overview)
	}
}

// FuzzCitedSentences: whatever a model writes, the sentences hold no citation
// marker and every cited id is one a marker named.
func FuzzCitedSentences(f *testing.F) {
	for _, s := range []string{"The volume failed [e3]. The team replied [e6, first_response].", "Gap [gap:2; updates] was long.",
		"[PERSON-1] wrote. [e1]", "“Quoted. [e2]” text [e9].", "[", "a [e] b [e1,", "Ends. [e3] [e4]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range citedSentences("s", text) {
			if citeMarkerRE.MatchString(s.Text) {
				t.Errorf("marker left in %q", s.Text)
			}
			for _, id := range s.Sources {
				if !strings.Contains(text, id) {
					t.Errorf("id %q not in the text %q", id, text)
				}
			}
		}
	})
}
