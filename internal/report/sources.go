package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/analysis"
)

// sourceRef is one footnote: the sources of one or more sentences.
type sourceRef struct {
	n    int
	text string
}

// citeSections rewrites the narrative sections from their sentences, each
// followed by a footnote reference naming its sources, and returns the
// footnotes. A reference is a link to the timeline whose title lists the
// source events and facts, so the HTML export shows them on hover or focus.
func (v *view) citeSections() []sourceRef {
	a := v.A
	if len(a.Narrative.Sentences) == 0 {
		return nil
	}
	byID := map[string]*analysis.Source{}
	for i := range a.Sources {
		byID[a.Sources[i].ID] = &a.Sources[i]
	}
	entry := map[string]analysis.Entry{}
	row := map[string]int{}
	for i, e := range a.Timeline {
		if e.Event != "" {
			entry[e.Event] = e
			row[e.Event] = i + 1
		}
	}
	var refs []sourceRef
	numbers := map[string]int{}
	sections := map[string][]string{}
	for _, s := range a.Narrative.Sentences {
		text := Inline(s.Text)
		if len(s.Sources) > 0 {
			key := strings.Join(s.Sources, ",")
			n, ok := numbers[key]
			if !ok {
				n = len(refs) + 1
				numbers[key] = n
				refs = append(refs, sourceRef{n: n, text: v.describe(s.Sources, byID, entry)})
			}
			title := strings.ReplaceAll(Inline(refs[n-1].text), `"`, `\"`)
			text += fmt.Sprintf(` [\[%d\]](%s "%s")`, n, timelineTarget(s.Sources, byID, row), title)
		}
		sections[s.Section] = append(sections[s.Section], text)
	}
	for key, field := range map[string]*string{"overview": &v.N.Overview, "triage": &v.N.Triage, "investigations": &v.N.Investigations,
		"technical_quality": &v.N.TechnicalQuality, "communication": &v.N.Communication, "risk_handling": &v.N.RiskHandling,
		"root_cause": &v.N.RootCause, "executive_summary": &v.N.ExecutiveSummary, "business_impact": &v.N.BusinessImpact, "outcome": &v.N.Outcome} {
		if ss, ok := sections[key]; ok {
			*field = strings.Join(ss, " ")
		}
	}
	return refs
}

// timelineTarget is the anchor of the timeline row that shows the first event
// the sources name (directly or through a fact), or of the timeline itself. The
// HTML export names a table's rows after the heading above it: "timeline-3".
func timelineTarget(ids []string, byID map[string]*analysis.Source, row map[string]int) string {
	for _, id := range ids {
		events := []string{id}
		if s, ok := byID[id]; ok && s.Kind != "event" {
			events = s.Events
		}
		for _, e := range events {
			if n, ok := row[e]; ok {
				return "#timeline-" + strconv.Itoa(n)
			}
		}
	}
	return "#timeline"
}

// describe names sources for a reader: each event with its time, author and
// words, and the timeline entry that shows it; each fact with its statement.
func (v *view) describe(ids []string, byID map[string]*analysis.Source, entry map[string]analysis.Entry) string {
	var parts []string
	for _, id := range ids {
		s, ok := byID[id]
		if !ok {
			parts = append(parts, id)
			continue
		}
		if s.Kind != "event" {
			d := id + ": " + strings.TrimSuffix(clipWords(s.Text, 200), ".")
			for _, e := range s.Events {
				if ev, ok := byID[e]; ok {
					d += "; " + v.event(ev, entry, 80)
				}
			}
			parts = append(parts, d)
			continue
		}
		parts = append(parts, v.event(s, entry, 160))
	}
	return strings.Join(parts, "; ")
}

// event names an event for a reader: id, time, author, words, and the
// timeline entry that shows it.
func (v *view) event(s *analysis.Source, entry map[string]analysis.Entry, words int) string {
	who := string(s.Role)
	switch {
	case s.Role == "agent":
		who = "team"
	case who == "":
		who = "ticket"
	}
	if !s.Public {
		who += ", internal note"
	}
	d := fmt.Sprintf("%s, %s, %s: \u201c%s\u201d", s.ID, v.z.Moment(s.At, v.A.Facts.CreatedAt), who, clipWords(s.Text, words))
	if e, ok := entry[s.ID]; ok {
		d += fmt.Sprintf(" (timeline %s, %s)", v.z.Moment(e.At, v.A.Facts.CreatedAt), strings.ReplaceAll(string(e.Kind), "_", " "))
	}
	return d
}

// clipWords shortens s to about n bytes at a word boundary.
func clipWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
	}
	return s[:cut] + "\u2026"
}

// sourcesSection is the footnotes a report refers to, as a Markdown section.
func sourcesSection(refs []sourceRef, report []byte) string {
	var b strings.Builder
	for _, r := range refs {
		if !bytes.Contains(report, []byte(`[\[`+strconv.Itoa(r.n)+`\]](#timeline`)) { // "#timeline" or "#timeline-3"
			continue // a footnote of a section this report does not show
		}
		if b.Len() == 0 {
			b.WriteString("\n## Sources\n\n")
		}
		b.WriteString(`- \[` + strconv.Itoa(r.n) + `\] ` + Inline(r.text) + "\n")
	}
	return b.String()
}
