package reader_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStyles4DataWellFormed checks only that the independently labelled
// styles4 set is well formed: every ticket parses without warnings, every
// label names a message event of a ticket in the set with known acts and a
// sentence that occurs exactly once in that message, and every ticket has
// exactly one type line. It does not run the reader.
func TestStyles4DataWellFormed(t *testing.T) {
	dir := filepath.Join("testdata", "styles4")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no tickets in %s", dir)
	}
	tickets := make(map[string]*ticket.Ticket, len(files))
	for _, path := range files {
		tk, warns, err := ticket.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, w := range warns {
			t.Errorf("%s: warning: %v", path, w)
		}
		tickets[filepath.Base(path)] = tk
	}

	knownActs := map[string]bool{"cause": true, "fix": true, "restored": true, "problem": true,
		"auto_ack": true, "question": true, "closing": true}
	knownTypes := map[string]bool{"incident": true, "service_request": true, "question": true, "change": true}

	f, err := os.Open(filepath.Join("testdata", "styles4.labels"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	types := map[string]int{}
	labels := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		tk, ok := tickets[fields[0]]
		if !ok {
			t.Errorf("line %d: unknown ticket file %q", line, fields[0])
			continue
		}
		if len(fields) == 2 {
			typ, found := strings.CutPrefix(fields[1], "type=")
			if !found || !knownTypes[typ] {
				t.Errorf("line %d: bad type line %q", line, fields[1])
			}
			types[fields[0]]++
			continue
		}
		if len(fields) != 4 {
			t.Errorf("line %d: want 4 tab-separated fields, got %d", line, len(fields))
			continue
		}
		labels++
		idx, err := strconv.Atoi(fields[1])
		if err != nil || idx < 0 || idx >= len(tk.Events) {
			t.Errorf("line %d: event index %q out of range (0..%d)", line, fields[1], len(tk.Events)-1)
			continue
		}
		ev := tk.Events[idx]
		if ev.Kind != ticket.KindMessage {
			t.Errorf("line %d: event %d is a %s, not a message", line, idx, ev.Kind)
		}
		for _, act := range strings.Split(fields[2], "+") {
			if !knownActs[act] {
				t.Errorf("line %d: unknown act %q", line, act)
			}
		}
		sentence := fields[3]
		if len(sentence) < 20 {
			t.Errorf("line %d: sentence %q shorter than 20 characters", line, sentence)
		}
		if n := strings.Count(ev.Body, sentence); n != 1 {
			t.Errorf("line %d: sentence %q occurs %d times in %s event %d, want once", line, sentence, n, fields[0], idx)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name := range tickets {
		if types[name] != 1 {
			t.Errorf("%s: %d type lines, want 1", name, types[name])
		}
	}
	if labels == 0 {
		t.Error("no labels")
	}
}
