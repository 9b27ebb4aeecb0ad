package ticket

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// nested builds a ticket whose unknown field "extra" holds depth levels of
// open (each "[" or `{"a":`), closed again when closed is set.
func nested(open string, depth int, closed bool) []byte {
	var b strings.Builder
	b.WriteString(`{"id":"D","created_at":"2026-02-17T07:05:56Z","extra":`)
	b.WriteString(strings.Repeat(open, depth))
	if closed {
		b.WriteString("1")
		closer := "]"
		if open != "[" {
			closer = "}"
		}
		b.WriteString(strings.Repeat(closer, depth))
		b.WriteString(`}`)
	}
	return []byte(b.String())
}

func TestParseDeepNesting(t *testing.T) {
	for _, open := range []string{"[", `{"a":`} {
		// Within encoding/json's limit the ticket parses; the unknown field is ignored.
		for _, depth := range []int{maxSkipDepth - 1, maxSkipDepth + 1, 5000} {
			tk, _, err := Parse(nested(open, depth, true), "")
			if err != nil || tk.ID != "D" {
				t.Errorf("%q x %d: %v", open, depth, err)
			}
		}
		// Millions of levels (the abuse run's 13 MB body) are an error, not a crash.
		for _, closed := range []bool{true, false} {
			_, _, err := Parse(nested(open, 2_000_000, closed), "")
			var fe *FieldError
			if !errors.As(err, &fe) || !strings.Contains(fe.Reason, "invalid JSON") {
				t.Errorf("%q x 2e6 (closed %v): %v, want an invalid JSON error", open, closed, err)
			}
		}
	}
}

// FuzzDeepNesting parses documents nested as deep as the input says, in
// every container shape: none may crash, and the fast and standard decoders
// must agree.
func FuzzDeepNesting(f *testing.F) {
	f.Add(uint32(10), "[", true)
	f.Add(uint32(100_000), `{"a":`, true)
	f.Add(uint32(1_000_000), "[", false)
	f.Add(uint32(70), `[{"x":`, true)
	f.Fuzz(func(t *testing.T, depth uint32, open string, closed bool) {
		if len(open) == 0 || len(open) > 8 {
			return
		}
		depth %= 3_000_000
		doc := nested(open, int(depth), closed)
		tk, _, err := Parse(doc, "")
		if err == nil && tk.ID != "D" {
			t.Fatalf("parsed without the id: %+v", tk)
		}
		var r raw
		if fastDecode(doc, &r) && err != nil && !strings.Contains(err.Error(), "D") {
			t.Fatalf("fast path accepted what encoding/json refused: %v", err)
		}
	})
}

func TestParseDates(t *testing.T) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	fixed := Dates{Now: func() time.Time { return now }}
	doc := func(created, closed string) []byte {
		return []byte(`{"id":"A","created_at":"` + created + `","closed_at":"` + closed + `","events":[{"at":"` + created + `","kind":"state","state":"open"}]}`)
	}
	tests := []struct {
		name            string
		dates           Dates
		created, closed string
		want            []string // "" for no error
	}{
		{"plausible", fixed, "2026-02-17T07:05:56Z", "2026-02-18T07:05:56Z", nil},
		{"never closes", fixed, "2026-02-17T07:05:56Z", "9999-12-31T23:59:59Z",
			[]string{"closed_at: 9999-12-31T23:59:59Z is outside the accepted dates, 1970-01-01 to 2126-12-01"}},
		{"zero date", fixed, "0001-01-01T00:00:00Z", "2026-02-18T07:05:56Z",
			[]string{"created_at: 0001-01-01T00:00:00Z is outside the accepted dates", "events[0].at: 0001-01-01T00:00:00Z is outside"}},
		{"before 1970", fixed, "1969-12-31T23:59:59Z", "2026-02-18T07:05:56Z", []string{"created_at: 1969-12-31T23:59:59Z is outside"}},
		{"configured earlier", Dates{Earliest: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), Now: fixed.Now},
			"1950-01-01T00:00:00Z", "2026-02-18T07:05:56Z", nil},
		{"configured nearer", Dates{YearsAhead: 1, Now: fixed.Now}, "2026-02-17T07:05:56Z", "2028-01-01T00:00:00Z",
			[]string{"closed_at: 2028-01-01T00:00:00Z is outside the accepted dates, 1970-01-01 to 2027-12-01"}},
		{"unmeasurable span", Dates{Earliest: time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC), Now: fixed.Now},
			"1650-01-01T00:00:00Z", "2026-02-18T07:05:56Z", []string{"closed_at: 2026-02-18T07:05:56Z is more than 292 years after created_at 1650-01-01T00:00:00Z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk, _, err := ParseWith(doc(tc.created, tc.closed), "", tc.dates)
			if len(tc.want) == 0 {
				if err != nil || tk.ClosedAt.Sub(tk.CreatedAt) <= 0 {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	// Parse accepts the default range, whatever today is.
	if _, _, err := Parse(doc("1970-01-01T00:00:00Z", time.Now().UTC().Format(time.RFC3339)), ""); err != nil {
		t.Errorf("default range: %v", err)
	}
}

func TestParseErrorPositions(t *testing.T) {
	tests := []struct {
		name, json, field, want string
	}{
		{"syntax column", `{"id":"A",}`, "", "line 1, column 11"},
		{"syntax second line", "{\"id\":\"A\",\n  x}", "", "line 2, column 3"},
		{"cut short", `{"id":"A","events":[`, "", "ends at line 1, column 21"},
		{"cut short in a string", `{"id":"A","subj`, "", "ends at line 1, column 16"},
		{"type in an array", `{"id":"A","events":[{},{},{},{"at":5}]}`, "events[3].at", "wrong type"},
		{"object in an array", `{"id":"A","events":[{},{"at":{"x":[1]}}]}`, "events[1].at", "wrong type"},
		{"scalar as an element", `{"id":"A","links":[{"id":"x"},7]}`, "links[1]", "wrong type"},
		{"nested key", `{"id":"A","customer":{"name":["x"]}}`, "customer.name", "wrong type"},
		{"top level", `{"id":"A","events":{}}`, "events", "wrong type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Parse([]byte(tc.json), "")
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v", err)
			}
			if fe.Field != tc.field || !strings.Contains(fe.Reason, tc.want) {
				t.Errorf("got %q %q, want field %q and %q", fe.Field, fe.Reason, tc.field, tc.want)
			}
		})
	}
}

func TestParseFractionsDecide(t *testing.T) {
	_, _, err := Parse([]byte(`{"id":"A","created_at":"2026-02-17T07:05:56.5Z","closed_at":"2026-02-17T07:05:56.25Z"}`), "")
	want := "closed_at: 2026-02-17T07:05:56.25Z is before created_at 2026-02-17T07:05:56.5Z"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want %q", err, want)
	}
	// Whole seconds apart: printed to the second.
	_, _, err = Parse([]byte(`{"id":"A","created_at":"2026-02-17T07:05:57.5Z","closed_at":"2026-02-17T07:05:56.25Z"}`), "")
	if err == nil || !strings.Contains(err.Error(), "07:05:56Z is before created_at 2026-02-17T07:05:57Z") {
		t.Errorf("err = %v", err)
	}
}

func TestParseRefusesPathSegmentIDs(t *testing.T) {
	for _, id := range []string{".", ".."} {
		_, _, err := Parse([]byte(`{"id":"`+id+`","created_at":"2026-02-17T07:05:56Z"}`), "")
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "id" {
			t.Errorf("id %q: %v", id, err)
		}
	}
	if _, _, err := Parse([]byte(`{"id":"...","created_at":"2026-02-17T07:05:56Z"}`), ""); err != nil {
		t.Errorf("id ...: %v", err)
	}
}
