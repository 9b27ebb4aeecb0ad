package redact_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
)

// identifierOf tells whether a replaced text is one of the ticket's identifiers:
// it is (or is a spelling of) a value of the ticket's identifying fields (id,
// links, customer name, contact, e-mail, phone, message authors), or it has the
// shape of an e-mail address, an IP address or a phone number. Anything else that
// redaction replaces in the clean corpus, whose bodies name nobody (the Mendeley
// sample is anonymised; the examples name people only in their fields and
// signatures), is listed as a word replaced that is not an identifier.
type identifierOf struct {
	fields []string // folded values of the identifying fields, and their words
}

var fold = strings.NewReplacer("\\", "", "\u2019", "'", "-", " ", "_", " ", ".", " ", "@", " ", "#", " ")

func foldText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(fold.Replace(s))), " ")
}

func newIdentifierOf(t *ticket.Ticket) identifierOf {
	var id identifierOf
	add := func(v string) {
		if f := foldText(v); f != "" {
			id.fields = append(id.fields, f)
		}
	}
	add(t.ID)
	add(t.Customer.Name)
	add(t.Customer.Contact)
	add(t.Customer.Email)
	add(t.Customer.Phone)
	for _, l := range t.Links {
		add(l.ID)
	}
	for _, e := range t.Events {
		if e.Kind == ticket.KindMessage {
			add(e.Author)
		}
	}
	return id
}

var shapeRE = regexp.MustCompile(`^(?:\S+@\S+|\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]{6,}|\+?[\d ()\-.]{7,})$`)

// reviewed are the replaced texts of the clean corpus reviewed as identifiers
// that the ticket's fields do not name: the examples' machine names.
var reviewed = func() map[string]bool {
	b, err := os.ReadFile("testdata/clean_identifiers.txt")
	if err != nil {
		panic(err)
	}
	m := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

func (id identifierOf) is(text string) bool {
	if shapeRE.MatchString(text) || reviewed[text] {
		return true
	}
	f := foldText(text)
	if f == "" {
		return false
	}
	for _, v := range id.fields {
		if v == f || strings.Contains(" "+v+" ", " "+f+" ") || strings.Contains(strings.ReplaceAll(v, " ", ""), strings.ReplaceAll(f, " ", "")) {
			return true
		}
	}
	return false
}

// TestCleanCorpusOverRedaction redacts both reports of every ticket of the clean
// corpus (the 360 real Mendeley tickets and the bundled examples) and lists every
// replaced word that is not an identifier: there must be fewer than 1 per 10,000
// words of report text.
func TestCleanCorpusOverRedaction(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole clean corpus")
	}
	cfg, err := config.Load(exampletest.Config)
	if err != nil {
		t.Fatal(err)
	}
	var tickets []*ticket.Ticket
	paths, _ := filepath.Glob(exampletest.Tickets + "*.json")
	for _, p := range paths {
		tk, _, err := ticket.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tickets = append(tickets, tk)
	}
	nExamples := len(tickets)
	exampletest.Mendeley(t, func(r csvimport.Result) error {
		if r.Err == nil {
			tickets = append(tickets, r.Ticket)
		}
		return nil
	})
	if len(tickets)-nExamples < 300 {
		t.Fatalf("%d Mendeley tickets read, want the 360 of the sample", len(tickets)-nExamples)
	}
	plain, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	real, err := engine.New(exampletest.RealConfig(t, ""), nil)
	if err != nil {
		t.Fatal(err)
	}
	words, wrong := 0, map[string]int{}
	var list []string
	for i, tk := range tickets {
		e := plain
		if i >= nExamples {
			e = real
		}
		res, err := e.Analyze(context.Background(), tk, engine.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tk.ID, err)
		}
		r := e.Redactor(tk)
		id := newIdentifierOf(tk)
		for _, rep := range [][]byte{res.Technical, res.Executive} {
			words += len(strings.Fields(string(rep)))
			for _, m := range r.Matches(string(rep)) {
				if !id.is(m.Text) {
					if wrong[m.Text] == 0 {
						list = append(list, tk.ID+": "+m.Text+" → "+m.Placeholder+" in “"+context40(string(rep), m)+"”")
					}
					wrong[m.Text]++
				}
			}
		}
	}
	n := 0
	for _, c := range wrong {
		n += c
	}
	sort.Strings(list)
	for _, l := range list {
		t.Log(l)
	}
	rate := float64(n) / float64(words) * 10000
	t.Logf("%d tickets, %d words of report text, %d replaced words that are not identifiers (%.2f per 10,000)", len(tickets), words, n, rate)
	if os.Getenv("DEBRIEF_CLEAN_LIST") != "" {
		os.WriteFile(os.Getenv("DEBRIEF_CLEAN_LIST"), []byte(strings.Join(list, "\n")+"\n"), 0o644)
	}
	if rate >= 1 {
		t.Errorf("%.2f words replaced that are not identifiers per 10,000 words of report text, want under 1", rate)
	}
}

func context40(s string, m redact.Match) string {
	a, b := max(0, m.Start-40), min(len(s), m.End+40)
	return strings.ReplaceAll(s[a:b], "\n", " ")
}
