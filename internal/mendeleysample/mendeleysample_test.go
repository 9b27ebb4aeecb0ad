package mendeleysample

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

const header = "issueid,id,comment_seq,utr_seq,author,created,is_private,actionbody,author_role\n"

func TestReadRows(t *testing.T) {
	at := time.Date(2020, 3, 1, 9, 5, 0, 0, time.FixedZone("", 3*3600))
	tests := []struct {
		name string
		csv  string
		want func(string) bool
		rows map[string][]Row
		err  string
	}{
		{name: "one row, floats trimmed", csv: header + "1009052.0,1,2.0,3.0, Ann ,2020-03-01 09:05:00+03:00,1.0,It fails.,reporter\n",
			rows: map[string][]Row{"1009052": {{Comment: 2, Utterance: 3, Author: "Ann", Role: "reporter", Private: true, At: at, Text: "It fails."}}}},
		{name: "rows kept in file order, by issue", csv: header +
			"7,1,1,2,Bo,2020-03-01 09:05:00+03:00,0,second,agent\n" +
			"8,1,1,1,Cy,2020-03-01 09:05:00+03:00,0,other,agent\n" +
			"7,1,1,1,Bo,2020-03-01 09:05:00+03:00,0,first,agent\n",
			rows: map[string][]Row{
				"7": {{Comment: 1, Utterance: 2, Author: "Bo", Role: "agent", At: at, Text: "second"}, {Comment: 1, Utterance: 1, Author: "Bo", Role: "agent", At: at, Text: "first"}},
				"8": {{Comment: 1, Utterance: 1, Author: "Cy", Role: "agent", At: at, Text: "other"}}}},
		{name: "unwanted issue skipped, its bad time unread", csv: header + "9,1,1,1,Bo,yesterday,0,x,agent\n7,1,1,1,Bo,2020-03-01 09:05:00+03:00,0,kept,agent\n",
			want: func(id string) bool { return id == "7" },
			rows: map[string][]Row{"7": {{Comment: 1, Utterance: 1, Author: "Bo", Role: "agent", At: at, Text: "kept"}}}},
		{name: "quoted text with a comma and a stray quote", csv: header + "7,1,1,1,Bo,2020-03-01 09:05:00+03:00,0,\"a, b\",agent\n7,1,1,2,Bo,2020-03-01 09:05:00+03:00,0,it\"s,agent\n",
			rows: map[string][]Row{"7": {{Comment: 1, Utterance: 1, Author: "Bo", Role: "agent", At: at, Text: "a, b"}, {Comment: 1, Utterance: 2, Author: "Bo", Role: "agent", At: at, Text: "it\"s"}}}},
		{name: "sequence number that is no number reads 0", csv: header + "7,1,,x,Bo,2020-03-01 09:05:00+03:00,0,t,agent\n",
			rows: map[string][]Row{"7": {{Author: "Bo", Role: "agent", At: at, Text: "t"}}}},
		{name: "header only", csv: header, rows: map[string][]Row{}},
		{name: "empty", csv: "", err: "header"},
		{name: "bad time", csv: header + "7,1,1,1,Bo,2020-03-01,0,t,agent\n", err: "issue 7"},
		{name: "short record", csv: header + "7,1,1,1\n", err: "4 fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := ReadRows(strings.NewReader(tc.csv), tc.want)
			checkRead(t, err, tc.err, rows, tc.rows)
		})
	}
}

// checkRead checks a read's result: an error holding wantErr when that is
// set, else no error and got equal to want.
func checkRead(t *testing.T, err error, wantErr string, got, want any) {
	t.Helper()
	if wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("err = %v, want one with %q", err, wantErr)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestRowKey(t *testing.T) {
	if got := (Row{Comment: 12, Utterance: 3}).Key(); got != "12.3" {
		t.Errorf("Key = %q, want 12.3", got)
	}
}

func TestReadFileUnavailable(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "none.csv"), nil)
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("err = %v, want ErrUnavailable", err)
	}
}

func TestLabelsRead(t *testing.T) {
	tests := []struct {
		name  string
		files []string // read in turn into one Labels
		want  *Labels
		err   string
	}{
		{name: "authors, tickets and rows", files: []string{`# comment

author bot auto_ack
7 type=incident split=dev
7 1.1 problem+question
7 2.1 none
8 type=request split=fresh
8 1.1 problem
`}, want: &Labels{
			Authors: map[string]string{"bot": "auto_ack"},
			Tickets: map[string]*Ticket{
				"7": {Type: "incident", Split: "dev", Rows: map[string]string{"1.1": "problem+question", "2.1": "none"}, Keys: []string{"1.1", "2.1"}},
				"8": {Type: "request", Split: "fresh", Rows: map[string]string{"1.1": "problem"}, Keys: []string{"1.1"}}},
			Order: []string{"7", "8"}}},
		{name: "two files", files: []string{"7 type=incident split=dev\n", "8 type=request split=fresh\n8 1.1 fix\n"}, want: &Labels{
			Authors: map[string]string{},
			Tickets: map[string]*Ticket{
				"7": {Type: "incident", Split: "dev", Rows: map[string]string{}},
				"8": {Type: "request", Split: "fresh", Rows: map[string]string{"1.1": "fix"}, Keys: []string{"1.1"}}},
			Order: []string{"7", "8"}}},
		{name: "row before its ticket", files: []string{"7 1.1 fix\n"}, err: "f0:1: want ISSUE C.U ACTS"},
		{name: "row of two fields", files: []string{"7 type=incident split=dev\n7 1.1\n"}, err: "f0:2: want ISSUE C.U ACTS"},
		{name: "author of two fields is no author line", files: []string{"author bot\n"}, err: "f0:1: want ISSUE C.U ACTS"},
		{name: "ticket twice", files: []string{"7 type=incident split=dev\n", "7 type=incident split=dev\n"}, err: "f1:1: ticket 7 labelled twice"},
		{name: "row twice", files: []string{"7 type=incident split=dev\n7 1.1 fix\n7 1.1 cause\n"}, err: "f0:3: row 7 1.1 labelled twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLabels()
			var err error
			for i, f := range tc.files {
				if err = l.Read(strings.NewReader(f), "f"+string(rune('0'+i))); err != nil {
					break
				}
			}
			checkRead(t, err, tc.err, l, tc.want)
		})
	}
}

func TestHasAct(t *testing.T) {
	tests := []struct {
		acts, act string
		want      bool
	}{
		{"problem", "problem", true},
		{"question+problem", "problem", true},
		{"problem+fix", "problem", true},
		{"problems", "problem", false},
		{"subproblem+fix", "problem", false},
		{"", "problem", false},
	}
	for _, tc := range tests {
		if got := HasAct(tc.acts, tc.act); got != tc.want {
			t.Errorf("HasAct(%q, %q) = %v, want %v", tc.acts, tc.act, got, tc.want)
		}
	}
}

// FuzzReadRows: any input reads without a panic, and every row returned is
// of a wanted issue.
func FuzzReadRows(f *testing.F) {
	f.Add(header + "7,1,1,1,Bo,2020-03-01 09:05:00+03:00,0,t,agent\n")
	f.Add(header + "7.0,1,1.0,2.0,Bo,2020-03-01 09:05:00+03:00,1,\"a, \"\"b\"\"\",reporter\n8,1\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := ReadRows(strings.NewReader(s), func(id string) bool { return !strings.HasPrefix(id, "9") })
		if err != nil {
			return
		}
		for id := range rows {
			if strings.HasPrefix(id, "9") {
				t.Errorf("unwanted issue %q returned", id)
			}
		}
	})
}

// FuzzLabelsRead: any input reads without a panic, and what is read is
// consistent: every labelled issue is in Order once, with its rows' keys.
func FuzzLabelsRead(f *testing.F) {
	f.Add("author bot auto_ack\n7 type=incident split=dev\n7 1.1 problem\n")
	f.Add("# c\n\n7 1.1 fix\n")
	f.Add("7 type=x split=y\n7 type=x split=y\n")
	f.Fuzz(func(t *testing.T, s string) {
		l := NewLabels()
		if err := l.Read(strings.NewReader(s), "fuzz"); err != nil {
			return
		}
		if len(l.Order) != len(l.Tickets) {
			t.Fatalf("%d issues in Order, %d labelled", len(l.Order), len(l.Tickets))
		}
		for _, id := range l.Order {
			lt := l.Tickets[id]
			if lt == nil {
				t.Fatalf("issue %q in Order unlabelled", id)
			}
			if len(lt.Keys) != len(lt.Rows) {
				t.Fatalf("issue %q: %d keys, %d rows", id, len(lt.Keys), len(lt.Rows))
			}
			for _, k := range lt.Keys {
				if _, ok := lt.Rows[k]; !ok {
					t.Fatalf("issue %q: key %q without a row", id, k)
				}
			}
		}
	})
}
