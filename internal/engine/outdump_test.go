package engine

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

var outDumpSkip = flag.String("outdumpskip", "", "leave out of -outdump the styles tickets whose path matches this regexp (the validation sets, e.g. 'styles13[1-4]/'; held-out sets are always left out)")

var outDump = flag.String("outdump", "", "write every output of the analysis of the example tickets, the reader's styles tickets and synthetic tickets to this file: compare two dumps to show a change for speed changes no output")

// TestOutDump writes the dump -outdump asks for: for each ticket the
// analysis as JSON and all four reports, with and without sources.
func TestOutDump(t *testing.T) {
	if *outDump == "" {
		t.Skip("no -outdump")
	}
	e := exampleEngine(t)
	tks := exampleTickets(t)
	styles, _ := filepath.Glob("../reader/testdata/styles*/*")
	skip, err := regexp.Compile(*outDumpSkip)
	if err != nil {
		t.Fatalf("-outdumpskip: %v", err)
	}
	for _, p := range styles {
		if *outDumpSkip != "" && skip.MatchString(p) {
			continue // a set left out by hand (validation sets, say)
		}
		if heldOutSet(t, filepath.Dir(p)) {
			continue // a held-out set: its reports are not to be read before it is scored
		}
		if tk, _, err := ticket.ReadFile(p); err == nil {
			// The sets name their organisations' SLAs, which the examples'
			// configuration does not define; the default SLA stands in, as in
			// TestStylesSummaries, so their reports are dumped, not an error.
			tk.SLA = ""
			tks = append(tks, tk)
		}
	}
	for _, n := range []int{1, 2, 3, 7} {
		for _, m := range []int{5, 20, 60, 200, 400} {
			tks = append(tks, tickettest.Synthetic(n, m))
		}
	}
	var b strings.Builder
	for _, tk := range tks {
		for _, o := range []Options{{Redacted: true}, {Redacted: true, Sources: true}} {
			res, err := e.Analyze(t.Context(), tk, o)
			if err != nil {
				fmt.Fprintf(&b, "ticket %s: error %v\n", tk.ID, err)
				continue
			}
			j, err := json.Marshal(res.Analysis)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "ticket %s sources=%v\n%s\n%s\n%s\n%s\n%s\n", tk.ID, o.Sources, j, res.Technical, res.Executive, res.TechnicalRedacted, res.ExecutiveRedacted)
		}
	}
	if err := os.WriteFile(*outDump, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tickets, %d bytes", len(tks), b.Len())
}

// heldOutSet reports whether the styles set in dir is still held out (its
// label file's header says it was not yet scored): -outdump leaves it out
// whatever -outdumpskip says, since a dump is read as a diff.
func heldOutSet(t *testing.T, dir string) bool {
	t.Helper()
	data, err := os.ReadFile(dir + ".labels")
	if err != nil {
		t.Fatalf("the labels of %s: %v", dir, err)
	}
	return strings.Contains(string(data), "# HELD OUT: not yet scored")
}
