package reader_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestStylesDataWellFormed checks the independent "styles" test set
// (testdata/styles/*.json and testdata/styles.labels) for consistency only:
// every ticket is valid per docs/ticket-format.md, every label names an
// existing file and message event, its acts are known, and its sentence is an
// exact substring of that event's body. It does not run the reader on the data.
func TestStylesDataWellFormed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "styles", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no tickets in testdata/styles")
	}

	type event struct {
		Kind string `json:"kind"`
		Role string `json:"role"`
		Body string `json:"body"`
	}
	events := make(map[string][]event)
	for _, path := range files {
		if _, warnings, err := ticket.ReadFile(path); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		} else if len(warnings) > 0 {
			// Warnings would mean events were re-sorted, and EVENT_INDEX in the
			// labels would no longer name the event the labeller meant.
			t.Errorf("%s: warnings %v", path, warnings)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Events []event `json:"events"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		events[filepath.Base(path)] = doc.Events
	}

	known := map[string]bool{"cause": true, "fix": true, "restored": true, "problem": true,
		"auto_ack": true, "question": true, "closing": true}
	types := map[string]bool{"incident": true, "service_request": true, "question": true, "change": true}

	f, err := os.Open(filepath.Join("testdata", "styles.labels"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	typed := make(map[string]bool)
	labelled := make(map[string]bool)
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		file := fields[0]
		evs, ok := events[file]
		if !ok {
			t.Errorf("line %d: no ticket file %q", line, file)
			continue
		}
		if len(fields) == 2 {
			ty, ok := strings.CutPrefix(fields[1], "type=")
			if !ok || !types[ty] {
				t.Errorf("line %d: bad type field %q", line, fields[1])
			}
			if typed[file] {
				t.Errorf("line %d: second type line for %s", line, file)
			}
			typed[file] = true
			continue
		}
		if len(fields) != 4 {
			t.Errorf("line %d: want 4 tab-separated fields, got %d", line, len(fields))
			continue
		}
		idx, err := strconv.Atoi(fields[1])
		if err != nil || idx < 0 || idx >= len(evs) {
			t.Errorf("line %d: event index %q out of range for %s (%d events)", line, fields[1], file, len(evs))
			continue
		}
		ev := evs[idx]
		if ev.Kind != "message" {
			t.Errorf("line %d: %s events[%d] is a %q event, not a message", line, file, idx, ev.Kind)
		}
		for _, act := range strings.Split(fields[2], "+") {
			if !known[act] {
				t.Errorf("line %d: unknown act %q", line, act)
			}
		}
		sentence := fields[3]
		switch n := strings.Count(ev.Body, sentence); {
		case sentence == "":
			t.Errorf("line %d: empty sentence", line)
		case n == 0:
			t.Errorf("line %d: %q is not in %s events[%d]", line, sentence, file, idx)
		case n > 1:
			t.Errorf("line %d: %q occurs %d times in %s events[%d]; a label must name one sentence", line, sentence, n, file, idx)
		}
		labelled[file] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for file := range events {
		if !typed[file] {
			t.Errorf("%s: no type line in styles.labels", file)
		}
		if !labelled[file] {
			t.Errorf("%s: no labelled sentence", file)
		}
	}
}
