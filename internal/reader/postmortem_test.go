package reader

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// postmortems is the public postmortem corpus beside the repository.
const postmortems = "../../../shared/data/postmortems"

var (
	timelineHeading = regexp.MustCompile(`(?i)^#+\s*.*timeline`)
	anyHeading      = regexp.MustCompile(`^#+\s`)
	tableRow        = regexp.MustCompile(`^\|(.+)\|$`)
	boldBullet      = regexp.MustCompile(`^[-*]\s+\*\*(.+?)\*\*\s*[-–:]?\s*(.+)$`)
	digit           = regexp.MustCompile(`\d`)
)

// timelineRows returns the event text of each timed row of a postmortem's
// timeline: a Markdown table, or "- **time** - text" bullets, under a heading
// that contains "timeline".
func timelineRows(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	in := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if timelineHeading.MatchString(l) {
			in = true
			continue
		}
		if in && anyHeading.MatchString(l) {
			in = false
		}
		if !in {
			continue
		}
		if m := tableRow.FindStringSubmatch(l); m != nil {
			cells := strings.Split(m[1], "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			if len(cells) < 2 || strings.Trim(strings.Join(cells, ""), "-: ") == "" || !digit.MatchString(cells[0]) {
				continue
			}
			out = append(out, strings.Join(cells[1:], " | "))
			continue
		}
		if m := boldBullet.FindStringSubmatch(l); m != nil {
			out = append(out, m[2])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestQualityPostmortems scores the reader on the timelines of real postmortems,
// read as tickets whose rows are staff updates: a human's answer to "what caused
// it", "what fixed it" and "when was it restored". The labels were made after
// the first rules were frozen; since December 2026 (docs/quality.md) their
// misread rows are tuning data, printed with -errors ACT.
func TestQualityPostmortems(t *testing.T) {
	if _, err := os.Stat(postmortems); err != nil {
		t.Skipf("postmortems not available: %v", err)
	}
	labels, order := postmortemLabels(t)
	score := map[Act]*counts{}
	for _, a := range scored {
		score[a] = &counts{}
	}
	rows := 0
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	for _, file := range order {
		texts := timelineRows(t, filepath.Join(postmortems, file))
		for i := range labels[file] {
			if i >= len(texts) {
				t.Fatalf("%s: row %d labelled but the timeline has %d rows", file, i, len(texts))
			}
		}
		tk := &ticket.Ticket{ID: file, CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "reporter", Body: "Something is wrong."}}}
		for i, text := range texts {
			tk.Events = append(tk.Events, ticket.Event{At: t0.Add(time.Duration(i+1) * time.Hour), Kind: ticket.KindMessage,
				Role: ticket.RoleAgent, Public: true, Author: "oncall", Body: text})
		}
		rd := Read(tk, nil)
		for i := range texts {
			rows++
			var got Act
			for _, s := range rd.Messages[i+1].Sentences {
				got |= s.Acts
			}
			tally(score, got, labels[file][i])
			for _, a := range scored {
				if *showErrors == actNames[a] && (got&a == 0) != (labels[file][i]&a == 0) {
					t.Logf("pm %s %d got=%s gold=%s: %s", file, i, got, labels[file][i], texts[i])
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d postmortems, %d timeline rows (tuning data):\n", len(order), rows)
	for _, a := range scored {
		c := score[a]
		if c.tp+c.fp+c.fn == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %-13s P %.2f R %.2f (tp %d fp %d fn %d)\n", actNames[a], c.precision(), c.recall(), c.tp, c.fp, c.fn)
	}
	t.Log(b.String())
	for a, f := range postmortemFloors {
		c := score[a]
		if c.precision() < f.p || c.recall() < f.r {
			t.Errorf("postmortems %s: P %.2f R %.2f, want at least P %.2f R %.2f", actNames[a], c.precision(), c.recall(), f.p, f.r)
		}
	}
}

// postmortemFloors are the scores measured with the rules frozen in December
// 2026, rounded down to two places (docs/quality.md). The timelines were tuning
// data by then; cause recall is below the target.
var postmortemFloors = map[Act]struct{ p, r float64 }{
	Cause:    {0.85, 0.56}, // with the model (model.go); the rules alone 0.85 / 0.55
	Fix:      {0.71, 0.87},
	Restored: {0.82, 0.88}, // the model retrained with rounds 108-115 (docs/quality.md, "The model retrained with rounds 108-115"): 40 / 8 / 3 -> 39 / 8 / 4, P 0.830 (a round figure: the step below); the model trained on every set to styles82 (rule 2 of styles83-86, docs/quality.md "styles83 to styles86: the first scores"): 39 / 7 / 4 -> 40 / 8 / 3, P 0.833; the study's model shipped with styles75-78's first scores (rule 2; docs/quality.md, "styles75 to styles78: the first scores"), retrained with the splitter's kept thanks: 40 / 7 / 3 -> 39 / 7 / 4, P 0.848; round 53 (restored13): restored's model trained without the rules' own restored verdict (docs/quality.md, "Round 53") reads one false row more: 40 / 6 / 3 -> 40 / 7 / 3, P 0.851; the model trained on every set to styles58 (docs/quality.md, "styles59 to styles62: the first scores"): 40 / 6 / 3, P 0.870
}

// postmortemLabels reads testdata/postmortems.labels: the acts of each
// labelled timeline row, by postmortem file, and the files in their order.
func postmortemLabels(t *testing.T) (map[string]map[int]Act, []string) {
	t.Helper()
	f, err := os.Open("testdata/postmortems.labels")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels := map[string]map[int]Act{}
	var order []string
	var cur string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if p, ok := strings.CutPrefix(l, "file "); ok {
			cur = p
			labels[cur] = map[int]Act{}
			order = append(order, cur)
			continue
		}
		idx, acts, ok := strings.Cut(l, " ")
		i, err := strconv.Atoi(idx)
		if !ok || err != nil || cur == "" {
			t.Fatalf("postmortems.labels:%d: want INDEX ACTS after a file line: %q", n, l)
		}
		a, err := ParseActs(acts)
		if err != nil {
			t.Fatalf("postmortems.labels:%d: %v", n, err)
		}
		labels[cur][i] = a
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return labels, order
}
