package reader_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// The styles2 set (testdata/styles2/*.json with testdata/styles2.labels) is an
// independently labelled test set of tickets in other organisations' styles.
// These tests check only that the data is well formed; they do not run the reader.

const (
	styles2Dir    = "testdata/styles2"
	styles2Labels = "testdata/styles2.labels"
)

var styles2Acts = []string{"cause", "fix", "restored", "problem", "auto_ack", "question", "closing"}

type styles2Label struct {
	line     int
	file     string
	event    int
	acts     []string
	sentence string
}

// styles2Read returns the label lines, the type line of each file, and the
// per-act counts stated in the header's "# Counts:" line.
func styles2Read(t *testing.T) (labels []styles2Label, types map[string][]string, header map[string]int) {
	t.Helper()
	f, err := os.Open(styles2Labels)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	types = map[string][]string{}
	header = map[string]int{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if c, ok := strings.CutPrefix(line, "# Counts: "); ok {
			for _, part := range strings.Split(strings.TrimSuffix(c, "."), ", ") {
				act, num, ok := strings.Cut(part, " ")
				v, err := strconv.Atoi(num)
				if !ok || err != nil {
					t.Fatalf("line %d: bad count %q", n, part)
				}
				header[act] = v
			}
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		switch {
		case len(fields) == 2 && strings.HasPrefix(fields[1], "type="):
			types[fields[0]] = append(types[fields[0]], strings.TrimPrefix(fields[1], "type="))
		case len(fields) == 4:
			ev, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Errorf("line %d: event index %q: %v", n, fields[1], err)
				continue
			}
			labels = append(labels, styles2Label{line: n, file: fields[0], event: ev, acts: strings.Split(fields[2], "+"), sentence: fields[3]})
		default:
			t.Errorf("line %d: want FILE<TAB>type=T or FILE<TAB>INDEX<TAB>ACTS<TAB>SENTENCE, got %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return labels, types, header
}

func styles2Tickets(t *testing.T) map[string]*ticket.Ticket {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(styles2Dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no tickets in %s", styles2Dir)
	}
	tickets := map[string]*ticket.Ticket{}
	ids := map[string]string{}
	for _, p := range paths {
		tk, warns, err := ticket.ReadFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, w := range warns {
			t.Errorf("%s: warning: %v", p, w)
		}
		if tk.Type != "" {
			t.Errorf("%s: sets type %q; the set leaves the type to be inferred", p, tk.Type)
		}
		if !tk.Closed() {
			t.Errorf("%s: not closed", p)
		}
		if prev, ok := ids[tk.ID]; ok {
			t.Errorf("%s: id %s also used by %s", p, tk.ID, prev)
		}
		ids[tk.ID] = p
		tickets[filepath.Base(p)] = tk
	}
	return tickets
}

func TestStyles2TicketsParse(t *testing.T) {
	tickets := styles2Tickets(t)
	if len(tickets) != 36 {
		t.Errorf("%d tickets, want 36", len(tickets))
	}
	for name, tk := range tickets {
		msgs := 0
		for _, e := range tk.Events {
			if e.Kind == ticket.KindMessage {
				msgs++
			}
		}
		if msgs < 4 || msgs > 15 {
			t.Errorf("%s: %d messages, want 4 to 15", name, msgs)
		}
	}
}

func TestStyles2LabelsWellFormed(t *testing.T) {
	tickets := styles2Tickets(t)
	labels, types, header := styles2Read(t)

	for name := range tickets {
		got := types[name]
		if len(got) != 1 {
			t.Errorf("%s: %d type lines, want 1", name, len(got))
			continue
		}
		if !slices.Contains(ticket.Types, got[0]) {
			t.Errorf("%s: unknown type %q", name, got[0])
		}
	}
	for name := range types {
		if tickets[name] == nil {
			t.Errorf("type line for %s, which is not a ticket of the set", name)
		}
	}

	counts := map[string]int{}
	seen := map[string]int{}
	for _, l := range labels {
		where := fmt.Sprintf("%s line %d", styles2Labels, l.line)
		tk := tickets[l.file]
		if tk == nil {
			t.Errorf("%s: no ticket %s", where, l.file)
			continue
		}
		if l.event < 0 || l.event >= len(tk.Events) {
			t.Errorf("%s: %s has no event %d", where, l.file, l.event)
			continue
		}
		e := tk.Events[l.event]
		if e.Kind != ticket.KindMessage {
			t.Errorf("%s: %s event %d is a %s event, not a message", where, l.file, l.event, e.Kind)
			continue
		}
		for i, a := range l.acts {
			if !slices.Contains(styles2Acts, a) {
				t.Errorf("%s: unknown act %q", where, a)
			}
			if slices.Contains(l.acts[:i], a) {
				t.Errorf("%s: act %q repeated", where, a)
			}
			counts[a]++
		}
		if strings.TrimSpace(l.sentence) == "" {
			t.Errorf("%s: empty sentence", where)
			continue
		}
		if n := strings.Count(e.Body, l.sentence); n != 1 {
			t.Errorf("%s: sentence %q occurs %d times in %s event %d, want once", where, l.sentence, n, l.file, l.event)
		}
		key := fmt.Sprintf("%s\x00%d\x00%s", l.file, l.event, l.sentence)
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: same sentence labelled on line %d", where, prev)
		}
		seen[key] = l.line
	}

	// Every message of role system is automatic: it must carry auto_ack labels.
	for name, tk := range tickets {
		for i, e := range tk.Events {
			if e.Kind != ticket.KindMessage || e.Role != ticket.RoleSystem {
				continue
			}
			if !slices.ContainsFunc(labels, func(l styles2Label) bool {
				return l.file == name && l.event == i && slices.Contains(l.acts, "auto_ack")
			}) {
				t.Errorf("%s event %d: automatic message without auto_ack labels", name, i)
			}
		}
	}

	// The header's counts must be the counts of the lines below it.
	acts := make([]string, 0, len(counts))
	for a := range counts {
		acts = append(acts, a)
	}
	sort.Strings(acts)
	for _, a := range acts {
		if header[a] != counts[a] {
			t.Errorf("header says %d %s labels, the file has %d", header[a], a, counts[a])
		}
	}
	for a, n := range header {
		if counts[a] == 0 {
			t.Errorf("header counts %d %s labels, the file has none", n, a)
		}
	}
	for _, a := range []string{"cause", "fix", "restored", "auto_ack"} {
		if counts[a] == 0 {
			t.Errorf("no %s labels", a)
		}
	}
}
