package llmwriter

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/factguard"
	"github.com/debriefhq/debrief/internal/writer"
)

// citeRules are the system prompt's rules for citations.
const citeRules = `
Citations: every sentence ends with the ids of what it rests on, in square brackets before its full stop, such as "The storage volume had failed [e3]." or "The first response came within the SLA [first_response, e3]." Event ids (e1, e2 ...) head each message in TICKET_DATA; fact ids are listed under "Citable facts" in FACTS. Cite the event or fact that says what the sentence says: the customer's own message for what the customer did, a staff message for what the team did, the fact that establishes an absence ("no estimate", "never") or a rule for all ("every update"), a cause statement for a cause. A sentence with nothing to cite is left out.
`

// citeMarkerRE finds a citation: "[e3]", "[first_response, gap:2]". Placeholders
// such as [PERSON-1] are upper case and never match.
var citeMarkerRE = regexp.MustCompile(`\s*\[((?:e\d+|[a-z_]+(?::[a-z0-9_]+)?)(?:\s*[,;]\s*(?:e\d+|[a-z_]+(?::[a-z0-9_]+)?))*)\]`)

// citedSentences splits a section the model wrote into sentences, each with
// the ids it cites; the markers are taken out of the text. A marker just after
// a sentence's full stop belongs to that sentence.
func citedSentences(section, text string) []analysis.Sentence {
	// Move a marker that follows the full stop before it: "failed. [e3]" reads as "failed [e3]."
	text = regexp.MustCompile(`([.!?])(\s*\[[a-z0-9_:,; ]+\])`).ReplaceAllString(text, "$2$1")
	var out []analysis.Sentence
	for _, s := range writer.SplitSentences(text) {
		var src []string
		for _, m := range citeMarkerRE.FindAllStringSubmatch(s, -1) {
			src = append(src, strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ';' || r == ' ' })...)
		}
		plain := strings.TrimSpace(citeMarkerRE.ReplaceAllString(s, ""))
		if plain == "" {
			continue
		}
		out = append(out, analysis.Sentence{Section: section, Text: plain, Sources: src})
	}
	return out
}

// plainText is the prose of cited sentences.
func plainText(sents []analysis.Sentence) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// sourceLines lists the citable facts for the prompt: one "id: fact" a line,
// clipped, and at most maxListed of a family (gap:1, gap:2 ...), so a long
// ticket's list stays short. Events are cited by the ids that head the
// messages; findings, which FINDINGS states in full, by their id and kind.
func sourceLines(a *analysis.Analysis) string {
	var b strings.Builder
	family := map[string]int{}
	for _, s := range a.Sources {
		if s.Kind == "event" || s.ID == "contact" {
			continue // the review names no one: the contact is not sent
		}
		fam, _, _ := strings.Cut(s.ID, ":")
		if family[fam]++; family[fam] > maxListed {
			continue
		}
		text := clip(strings.Join(strings.Fields(s.Text), " "), 160)
		if s.Kind == "finding" {
			text = clip(text, 60)
		}
		fmt.Fprintf(&b, "%s: %s\n", s.ID, text)
	}
	return b.String()
}

// sourceIDs lists the ids of the citable facts, for a prompt with little room.
func sourceIDs(a *analysis.Analysis) string {
	var ids []string
	family := map[string]int{}
	for _, s := range a.Sources {
		fam, _, _ := strings.Cut(s.ID, ":")
		if s.Kind == "event" || s.Kind == "finding" || s.ID == "contact" {
			continue
		}
		if family[fam]++; family[fam] <= maxListed {
			ids = append(ids, s.ID)
		}
	}
	return strings.Join(ids, ", ")
}

// citationProblems checks each sentence against the sources it cites.
func citationProblems(cs *factguard.Citations, sents []analysis.Sentence) []factguard.Problem {
	if cs == nil {
		return nil
	}
	var out []factguard.Problem
	for _, s := range sents {
		out = append(out, cs.Check(s)...)
	}
	return out
}
