package reader

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// labelActs are the acts a set's labels may use.
var labelActs = []string{"cause", "fix", "restored", "problem", "auto_ack", "question", "closing"}

// headerCount finds "ACT N" in a header's "# Counts" line.
var headerCount = regexp.MustCompile(`\b(` + strings.Join(labelActs, "|") + `) (\d+)\b`)

// TestLabelledSetsWellFormed checks only that each styles set (stylesSets) is
// well formed, so that a score computed on it means what its labeller meant:
// every ticket parses without warnings (a warning would mean events were
// re-sorted and the labels' event indexes no longer name the labeller's
// message), is closed, has an ID of its own and leaves its type to be
// inferred; every label line names a message of a ticket of the set, known
// acts, and a one-line sentence that occurs exactly once in that message;
// every ticket has one type line and at least one label; every automatic
// message but an opening alert carries auto_ack; and the header's counts,
// where it gives them, are the file's. It does not run the reader.
func TestLabelledSetsWellFormed(t *testing.T) {
	for _, set := range stylesSets {
		t.Run(set, func(t *testing.T) { checkLabelledSet(t, set) })
	}
}

func checkLabelledSet(t *testing.T, set string) {
	tickets := labelledTickets(t, filepath.Join("testdata", set))
	path := filepath.Join("testdata", set+".labels")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	types := map[string]int{}
	labelled := map[string]int{}
	autoAck := map[string]bool{} // "file\x00event" of events with an auto_ack label
	seen := map[string]int{}
	counts := map[string]int{}
	header := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		where := fmt.Sprintf("%s:%d", path, n)
		if strings.HasPrefix(text, "# Counts") {
			for _, m := range headerCount.FindAllStringSubmatch(text, -1) {
				header[m[1]], _ = strconv.Atoi(m[2])
			}
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		tk := tickets[fields[0]]
		if tk == nil {
			t.Errorf("%s: no ticket %q in the set", where, fields[0])
			continue
		}
		switch len(fields) {
		case 2:
			typ, ok := strings.CutPrefix(fields[1], "type=")
			if !ok || !slices.Contains(ticket.Types, typ) {
				t.Errorf("%s: bad type field %q", where, fields[1])
			}
			types[fields[0]]++
		case 4:
			ev, err := strconv.Atoi(fields[1])
			if err != nil || ev < 0 || ev >= len(tk.Events) {
				t.Errorf("%s: event %q out of range (%d events)", where, fields[1], len(tk.Events))
				continue
			}
			e := tk.Events[ev]
			if e.Kind != ticket.KindMessage {
				t.Errorf("%s: event %d is a %s event, not a message", where, ev, e.Kind)
				continue
			}
			acts := strings.Split(fields[2], "+")
			for i, a := range acts {
				if !slices.Contains(labelActs, a) {
					t.Errorf("%s: unknown act %q", where, a)
				}
				if slices.Contains(acts[:i], a) {
					t.Errorf("%s: act %q repeated", where, a)
				}
				counts[a]++
			}
			if slices.Contains(acts, "auto_ack") {
				autoAck[fmt.Sprint(fields[0], "\x00", ev)] = true
			}
			sent := fields[3]
			switch {
			case strings.TrimSpace(sent) == "":
				t.Errorf("%s: empty sentence", where)
			case strings.Contains(sent, "\n"):
				t.Errorf("%s: sentence spans lines", where)
			default:
				if c := strings.Count(e.Body, sent); c != 1 {
					t.Errorf("%s: %q occurs %d times in %s event %d, want once", where, sent, c, fields[0], ev)
				}
			}
			key := fmt.Sprint(fields[0], "\x00", ev, "\x00", sent)
			if prev, ok := seen[key]; ok {
				t.Errorf("%s: the same sentence is labelled on line %d", where, prev)
			}
			seen[key] = n
			labelled[fields[0]]++
		default:
			t.Errorf("%s: %d fields, want FILE<TAB>type=T or FILE<TAB>EVENT<TAB>ACTS<TAB>SENTENCE", where, len(fields))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}

	for name, tk := range tickets {
		if types[name] != 1 {
			t.Errorf("%s: %d type lines, want 1", name, types[name])
		}
		if labelled[name] == 0 {
			t.Errorf("%s: no labels", name)
		}
		for i, e := range tk.Events {
			// An opening by a monitoring system is the problem, not an
			// acknowledgement (styles.labels' header).
			if i > 0 && e.Kind == ticket.KindMessage && e.Role == ticket.RoleSystem && !autoAck[fmt.Sprint(name, "\x00", i)] {
				t.Errorf("%s event %d: automatic message without an auto_ack label", name, i)
			}
		}
	}
	for act, n := range header {
		if counts[act] != n {
			t.Errorf("the header counts %d %s labels, the file has %d", n, act, counts[act])
		}
	}
	for _, act := range []string{"cause", "fix", "restored", "auto_ack"} {
		if counts[act] == 0 {
			t.Errorf("no %s labels", act)
		}
	}
}

// labelledTickets reads a set's tickets by file name.
func labelledTickets(t *testing.T, dir string) map[string]*ticket.Ticket {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no tickets in %s", dir)
	}
	tickets := make(map[string]*ticket.Ticket, len(paths))
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
			t.Errorf("%s: type %q set; the set leaves the type to be inferred", p, tk.Type)
		}
		if !tk.Closed() {
			t.Errorf("%s: not closed", p)
		}
		if prev, ok := ids[tk.ID]; ok {
			t.Errorf("%s: ID %s is also %s's", p, tk.ID, prev)
		}
		ids[tk.ID] = p
		tickets[filepath.Base(p)] = tk
	}
	return tickets
}
