package llmwriter

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseSections(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[string]string
	}{
		{"plain", `{"overview": "A.", "triage": "B."}`, map[string]string{"overview": "A.", "triage": "B."}},
		{"fenced with prose", "Sure!\n```json\n{\"root_cause\": \"C.\"}\n```\nDone.", map[string]string{"root_cause": "C."}},
		{"trailing commas", `{"overview": "A.", "outcome": "D.",}`, map[string]string{"overview": "A.", "outcome": "D."}},
		{"raw newline in a string", "{\"overview\": \"A.\nB.\"}", map[string]string{"overview": "A.\nB."}},
		{"cut off", `{"overview": "A.", "triage": "B`, map[string]string{"overview": "A.", "triage": "B"}},
		{"loose keys", `{"Technical Quality": "T.", "Executive-Summary": "E.", "Root Cause Analysis": "R.", "unknown": "x"}`,
			map[string]string{"technical_quality": "T.", "executive_summary": "E.", "root_cause": "R."}},
		{"list value", `{"communication": ["One.", "Two."]}`, map[string]string{"communication": "One. Two."}},
		{"wrapped", `{"sections": {"overview": "A."}}`, map[string]string{"overview": "A."}},
		{"braces in strings", `Note {x}: {"overview": "uses {braces} and \"quotes\"."}`, map[string]string{"overview": `uses {braces} and "quotes".`}},
		{"headings", "## Overview\nA.\n\n## Business Impact\nB.\n", map[string]string{"overview": "A.", "business_impact": "B."}},
		{"bold lines", "**Overview**: A.\n**Outcome**: D.", map[string]string{"overview": "A.", "outcome": "D."}},
		{"thinking first", "<think>{\"overview\": \"no\"}</think>{\"overview\": \"yes\"}", map[string]string{"overview": "yes"}},
	}
	for _, tc := range cases {
		got, err := parseSections(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: parseSections = %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "   ", "I'm sorry, I can't help.", `{"unrelated": "x"}`, "[1, 2]"} {
		if got, err := parseSections(bad); err == nil {
			t.Errorf("parseSections(%q) = %v, want an error", bad, got)
		}
	}
}

// FuzzParseSections: any answer is read without panicking, and an object of
// sections marshalled by encoding/json always reads back as it was.
func FuzzParseSections(f *testing.F) {
	f.Add(`{"overview": "A.", "triage": "B."}`, "x")
	f.Add("```json\n{\"outcome\": \"D.\",}\n```", "y\"z")
	f.Add("## Overview\ntext", "{")
	f.Add(`{"overview": "{\"nested\": 1}"`, "\n")
	f.Fuzz(func(t *testing.T, answer, value string) {
		parseSections(answer)
		if strings.TrimSpace(value) == "" || !utf8.ValidString(value) {
			return // encoding/json would change the value itself
		}
		data, err := json.Marshal(map[string]string{"overview": value, "outcome": value})
		if err != nil {
			return
		}
		got, err := parseSections(string(data))
		if err != nil || got["overview"] != strings.TrimSpace(value) {
			t.Fatalf("round trip of %q: %v, %v", value, got, err)
		}
	})
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"7", 7 * time.Second, true},
		{"0.5", 500 * time.Millisecond, true},
		{"Sun, 01 Mar 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Sun, 01 Mar 2026 11:00:00 GMT", 0, true},
		{"86400", maxRetryAfter, true},
		{"", 0, false},
		{"soon", 0, false},
		{"-3", 0, false},
	}
	for _, tc := range cases {
		got, ok := retryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEstimateTokensAndChunks(t *testing.T) {
	if EstimateTokens("") != 0 || EstimateTokens("abcd") != 1 || EstimateTokens("abcde") != 2 {
		t.Error("EstimateTokens does not round len/4 up")
	}
	lines := []string{strings.Repeat("a", 400), strings.Repeat("b", 400), strings.Repeat("c", 4000), "d"}
	groups := chunks(lines, 250)
	total := 0
	for _, g := range groups {
		total += len(g)
		if n := tokensOf(g); n > 250 {
			t.Errorf("chunk of %d tokens exceeds 250", n)
		}
	}
	// a and b fit together; c, clipped to the chunk size, leaves room for d.
	if total != len(lines) || len(groups) != 2 || len(groups[0]) != 2 || !strings.HasSuffix(strings.TrimSpace(groups[1][0]), "…") {
		t.Errorf("chunks = %q", groups)
	}
}
