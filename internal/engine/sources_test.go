package engine

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/export"
)

// TestSourcesOption: the Markdown reports stay clean by default; with Sources
// each narrative sentence carries a footnote reference and a Sources section
// names the events behind it, and the HTML export shows a sentence's sources
// on hover or keyboard focus and links to the timeline.
func TestSourcesOption(t *testing.T) {
	e := exampleEngine(t)
	tk := exampleTickets(t)[0] // PVE Down
	plain, err := e.Analyze(context.Background(), tk, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, md := range [][]byte{plain.Technical, plain.Executive} {
		if bytes.Contains(md, []byte("## Sources")) || bytes.Contains(md, []byte("](#timeline")) {
			t.Error("a default report carries citations")
		}
	}
	cited, err := e.Analyze(context.Background(), tk, Options{Sources: true})
	if err != nil {
		t.Fatal(err)
	}
	md := string(cited.Technical)
	refs := strings.Count(md, "](#timeline")
	if refs < len(cited.Analysis.Narrative.Sentences)/2 {
		t.Errorf("%d footnote references for %d sentences", refs, len(cited.Analysis.Narrative.Sentences))
	}
	sources := md[strings.Index(md, "## Sources"):]
	for _, want := range []string{`\[1\]`, "e3, 07:17:33, team", "(timeline 07:17:33, first response)", `first\_response: The first customer-visible response`} {
		if !strings.Contains(sources, want) {
			t.Errorf("the Sources section lacks %q:\n%s", want, sources)
		}
	}
	// Stripped of its references, the narrative reads as the default one.
	if !strings.Contains(string(plain.Technical), strings.SplitN(cited.Analysis.Narrative.Overview, ".", 2)[0]) {
		t.Error("the cited report's overview is not the plain one")
	}
	var html bytes.Buffer
	if err := e.Export(context.Background(), &html, export.HTML, cited.Technical, ExportMeta{Ticket: tk.ID}); err != nil {
		t.Fatal(err)
	}
	h := html.String()
	for _, want := range []string{`<h2 id="timeline">`, `<a class="cite" href="#timeline-1" aria-describedby="cite-1">`, `<tr id="timeline-2">`,
		`<span class="tip" role="tooltip" id="cite-1">`, "a.cite:focus .tip", "e3, 07:17:33, team"} {
		if !strings.Contains(h, want) {
			t.Errorf("the HTML export lacks %q", want)
		}
	}
}
