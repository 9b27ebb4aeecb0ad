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

// styles3Acts are the acts the styles3 labels may use.
var styles3Acts = map[string]bool{
	"cause": true, "fix": true, "restored": true, "problem": true,
	"auto_ack": true, "question": true, "closing": true,
}

var styles3Types = map[string]bool{
	"incident": true, "service_request": true, "question": true, "change": true,
}

// TestStyles3DataWellFormed checks only that the independent styles3 test set
// is well-formed: every ticket parses without warnings and without a type, and
// every label names an existing message event and a sentence that occurs
// exactly once in its body. It does not run the reader.
func TestStyles3DataWellFormed(t *testing.T) {
	dir := filepath.Join("testdata", "styles3")
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 30 {
		t.Errorf("styles3 has %d tickets, want 30", len(paths))
	}
	tickets := map[string]*ticket.Ticket{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tk, warns, err := ticket.Parse(data, p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, w := range warns {
			t.Errorf("%s: warning: %v", p, w)
		}
		if tk.Type != "" {
			t.Errorf("%s: type %q set; the set must leave the type to be inferred", p, tk.Type)
		}
		tickets[filepath.Base(p)] = tk
	}

	f, err := os.Open(filepath.Join("testdata", "styles3.labels"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	typed := map[string]int{}
	labelled := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
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
			t.Errorf("line %d: unknown file %q", line, fields[0])
			continue
		}
		switch len(fields) {
		case 2:
			typ, ok := strings.CutPrefix(fields[1], "type=")
			if !ok || !styles3Types[typ] {
				t.Errorf("line %d: bad type field %q", line, fields[1])
			}
			typed[fields[0]]++
		case 4:
			idx, err := strconv.Atoi(fields[1])
			if err != nil || idx < 0 || idx >= len(tk.Events) {
				t.Errorf("line %d: event index %q out of range (%d events)", line, fields[1], len(tk.Events))
				continue
			}
			ev := tk.Events[idx]
			if ev.Kind != ticket.KindMessage {
				t.Errorf("line %d: event %d is a %s, not a message", line, idx, ev.Kind)
				continue
			}
			for a := range strings.SplitSeq(fields[2], "+") {
				if !styles3Acts[a] {
					t.Errorf("line %d: unknown act %q", line, a)
				}
			}
			sent := fields[3]
			if n := strings.Count(ev.Body, sent); n != 1 {
				t.Errorf("line %d: sentence %q occurs %d times in %s event %d, want once", line, sent, n, fields[0], idx)
			}
			if strings.Contains(sent, "\n") {
				t.Errorf("line %d: sentence spans lines", line)
			}
			labelled[fields[0]]++
		default:
			t.Errorf("line %d: %d fields, want 2 or 4", line, len(fields))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name := range tickets {
		if typed[name] != 1 {
			t.Errorf("%s: %d type lines, want 1", name, typed[name])
		}
		if labelled[name] == 0 {
			t.Errorf("%s: no labels", name)
		}
	}
}
