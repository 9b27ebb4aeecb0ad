// Package mendeleysample reads the test data of the Mendeley helpdesk sample:
// the rows of sample_utterances.csv (beside the repository, see CSV) and the
// hand labels of the .labels files in internal/reader/testdata. The reader's
// quality tests and the engine's summary tests both read them; the reader's
// internal tests cannot import internal/exampletest (it imports the reader),
// so the reading lives here, in a package that imports nothing of debrief's.
//
// It only parses: which label files may be opened (the held-out ones are
// not, while tuning) is the caller's choice, as is what the acts mean.
package mendeleysample

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// CSV is the sample's path relative to a package directory internal/<name>.
const CSV = "../../../shared/data/mendeley-helpdesk/sample_utterances.csv"

// ErrUnavailable wraps the error opening the sample, which is not in the
// repository: tests that need it skip on it.
var ErrUnavailable = errors.New("mendeley sample not available")

// Row is one row of the sample: one sentence someone wrote in a comment.
type Row struct {
	Comment, Utterance int // the comment's place in its issue, the sentence's in its comment
	Author             string
	Role               string // "reporter" for the customer
	Private            bool
	At                 time.Time
	Text               string
}

// Key is the row's name in the label files: "comment.utterance".
func (r Row) Key() string { return fmt.Sprintf("%d.%d", r.Comment, r.Utterance) }

// timeLayout is the sample's timestamp layout.
const timeLayout = "2006-01-02 15:04:05-07:00"

// ReadFile reads the rows at path, as ReadRows. An error opening the file
// wraps ErrUnavailable.
func ReadFile(path string, want func(issue string) bool) (map[string][]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	defer f.Close()
	return ReadRows(f, want)
}

// ReadRows reads the sample's CSV (its header first) and returns the rows of
// the issues want accepts, every issue when want is nil, by issue id in the
// order of the file. Issue ids and sequence numbers are written as floats
// ("1009052.0"); ids are returned without the ".0". Only the wanted rows are
// parsed further.
func ReadRows(r io.Reader, want func(issue string) bool) (map[string][]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	if _, err := cr.Read(); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	out := map[string][]Row{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(rec[0], ".0")
		if want != nil && !want(id) {
			continue
		}
		if len(rec) < 9 {
			return nil, fmt.Errorf("issue %s: %d fields, want 9", id, len(rec))
		}
		// As the tests always read them: a sequence number that is no
		// number counts as 0.
		c, _ := strconv.ParseFloat(rec[2], 64)
		u, _ := strconv.ParseFloat(rec[3], 64)
		at, err := time.Parse(timeLayout, rec[5])
		if err != nil {
			return nil, fmt.Errorf("issue %s: %w", id, err)
		}
		out[id] = append(out[id], Row{Comment: int(c), Utterance: int(u), Author: strings.TrimSpace(rec[4]), Role: rec[8],
			Private: strings.HasPrefix(rec[6], "1"), At: at, Text: rec[7]})
	}
}

// Labels are the hand labels of one or more label files. Acts are kept as
// written ("question+investigation"); the reader parses them.
type Labels struct {
	Authors map[string]string  // an author's acts, for every row they wrote
	Tickets map[string]*Ticket // by issue id
	Order   []string           // issue ids in the order they were labelled
}

// Ticket is one labelled issue.
type Ticket struct {
	Type, Split string
	Rows        map[string]string // "comment.utterance" -> acts
	Keys        []string          // Rows' keys in the order they were labelled
}

// NewLabels returns empty labels, to read files into.
func NewLabels() *Labels {
	return &Labels{Authors: map[string]string{}, Tickets: map[string]*Ticket{}}
}

// ReadFile adds the labels of the file at path, as Read.
func (l *Labels) ReadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return l.Read(f, path)
}

// Read adds the labels of r, named name in errors. A line is blank, a
// comment ("#..."), "author NAME ACTS", "ISSUE type=TYPE split=SPLIT" opening
// an issue, or "ISSUE C.U ACTS" labelling a row of an issue opened before. An
// issue opened twice, in this file or an earlier one, or a row labelled
// twice, is an error.
func (l *Labels) Read(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if fs[0] == "author" && len(fs) == 3 {
			l.Authors[fs[1]] = fs[2]
			continue
		}
		if len(fs) == 3 && strings.HasPrefix(fs[1], "type=") {
			if l.Tickets[fs[0]] != nil {
				return fmt.Errorf("%s:%d: ticket %s labelled twice", name, n, fs[0])
			}
			l.Tickets[fs[0]] = &Ticket{Type: strings.TrimPrefix(fs[1], "type="), Split: strings.TrimPrefix(fs[2], "split="), Rows: map[string]string{}}
			l.Order = append(l.Order, fs[0])
			continue
		}
		lt := l.Tickets[fs[0]]
		if len(fs) != 3 || lt == nil {
			return fmt.Errorf("%s:%d: want ISSUE C.U ACTS after the ticket's line: %q", name, n, line)
		}
		if _, dup := lt.Rows[fs[1]]; dup {
			return fmt.Errorf("%s:%d: row %s %s labelled twice", name, n, fs[0], fs[1])
		}
		lt.Rows[fs[1]] = fs[2]
		lt.Keys = append(lt.Keys, fs[1])
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// HasAct reports whether acts, as written in a label file, include act.
func HasAct(acts, act string) bool {
	return strings.Contains("+"+acts+"+", "+"+act+"+")
}
