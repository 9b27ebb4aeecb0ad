package ticket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

const valid = `{
  "id": "G123-456", "subject": "PVE Down",
  "customer": {"name": "Example Cabins Ltd", "contact": "Jane Smith", "email": "jane@example.com"},
  "priority": "P1", "team": "Support - Proxmox", "sla": "SLA8",
  "created_at": "2026-02-17T07:05:56Z", "closed_at": "2026-02-18T08:06:00+01:00",
  "close_reason": "inactivity", "unknown_field": {"ignored": true},
  "links": [{"id": "T373-109", "kind": "internal"}],
  "events": [
    {"at": "2026-02-17T07:05:56Z", "kind": "message", "author": "Jane Smith", "role": "customer", "public": true, "body": "URGENT"},
    {"at": "2026-02-17T07:06:01Z", "kind": "message", "author": "Helpdesk", "role": "system", "body": "We received your ticket"},
    {"at": "2026-02-17T07:20:00Z", "kind": "message", "author": "A. Engineer", "role": "agent", "public": false, "body": "note"},
    {"at": "2026-02-17T09:00:00Z", "kind": "state", "state": "pending_customer"},
    {"at": "2026-02-17T09:30:00Z", "kind": "priority", "priority": "P2"}
  ]
}`

func TestParseValid(t *testing.T) {
	tk, warns, err := Parse([]byte(valid), "pve.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if tk.ID != "G123-456" || tk.Customer.Contact != "Jane Smith" || len(tk.Links) != 1 {
		t.Errorf("header fields: %+v", tk)
	}
	// The offset is honoured and the result is UTC.
	if want := time.Date(2026, 2, 18, 7, 6, 0, 0, time.UTC); !tk.ClosedAt.Equal(want) || tk.ClosedAt.Location() != time.UTC {
		t.Errorf("closed_at = %v, want %v in UTC", tk.ClosedAt, want)
	}
	if !tk.AutoClosed() {
		t.Error("inactivity close not recognised as automatic")
	}
	if len(tk.Events) != 5 {
		t.Fatalf("got %d events", len(tk.Events))
	}
	if !tk.Events[1].Public {
		t.Error("a message without public must default to public")
	}
	if tk.Events[2].Public || tk.Events[2].IsPublicAgentMessage() {
		t.Error("internal note parsed as public")
	}
	if tk.Events[3].State != "pending_customer" || tk.Events[4].Priority != "P2" {
		t.Errorf("state/priority events: %+v %+v", tk.Events[3], tk.Events[4])
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		want []string // every one must appear in the error text
	}{
		{"missing id", `{"created_at":"2026-01-01T00:00:00Z","events":[]}`, []string{"f.json: id: missing"}},
		{"empty id", `{"id":" ","created_at":"2026-01-01T00:00:00Z"}`, []string{"id: empty"}},
		{"missing created", `{"id":"A"}`, []string{"created_at: missing"}},
		{"bad created", `{"id":"A","created_at":"17/02/2026"}`, []string{`created_at: "17/02/2026" is not an RFC 3339 timestamp`}},
		{"closed before created", `{"id":"A","created_at":"2026-01-02T00:00:00Z","closed_at":"2026-01-01T00:00:00Z"}`,
			[]string{"closed_at: 2026-01-01T00:00:00Z is before created_at 2026-01-02T00:00:00Z"}},
		{"event before created", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-01T00:00:00Z","kind":"state","state":"open"}]}`,
			[]string{"events[0].at: 2026-01-01T00:00:00Z is before created_at"}},
		{"event missing at and kind", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{}]}`,
			[]string{"events[0].at: missing", "events[0].kind: missing"}},
		{"unknown role", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-02T00:00:00Z","kind":"message","role":"robot"}]}`,
			[]string{`events[0].role: unknown role "robot" (want customer, agent or system)`}},
		{"missing role", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-02T00:00:00Z","kind":"message"}]}`,
			[]string{"events[0].role: missing"}},
		{"unknown kind", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-02T00:00:00Z","kind":"call"}]}`,
			[]string{`events[0].kind: unknown kind "call"`}},
		{"state without state", `{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-02T00:00:00Z","kind":"state"}]}`,
			[]string{"events[0].state: missing for a state event"}},
		{"wrong type", `{"id":42,"created_at":"2026-01-02T00:00:00Z"}`, []string{"id: wrong type: got JSON number, want a string"}},
		{"syntax", "{\n\"id\": \"A\",,\n}", []string{"invalid JSON at line 2"}},
		{"empty", ``, []string{"empty file"}},
		{"trailing", `{"id":"A","created_at":"2026-01-02T00:00:00Z"} {}`, []string{"unexpected data after the ticket object"}},
		{"link without id", `{"id":"A","created_at":"2026-01-02T00:00:00Z","links":[{"kind":"internal"}]}`, []string{"links[0].id: missing"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Parse([]byte(tc.json), "f.json")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("error %T is not a *FieldError", err)
			}
		})
	}
}

func TestParseSortsOutOfOrderEvents(t *testing.T) {
	in := `{"id":"A","created_at":"2026-01-02T00:00:00Z","closed_at":"2026-01-02T01:00:00Z","events":[
	  {"at":"2026-01-02T00:30:00Z","kind":"message","role":"agent","body":"second"},
	  {"at":"2026-01-02T00:10:00Z","kind":"message","role":"customer","body":"first"}]}`
	tk, warns, err := Parse([]byte(in), "f.json")
	if err != nil {
		t.Fatal(err)
	}
	if tk.Events[0].Body != "first" || tk.Events[1].Body != "second" {
		t.Errorf("not sorted: %+v", tk.Events)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "f.json: events: events were out of chronological order") {
		t.Errorf("warnings = %v", warns)
	}
}

func TestParseWarnsEventAfterClose(t *testing.T) {
	in := `{"id":"A","created_at":"2026-01-02T00:00:00Z","closed_at":"2026-01-02T01:00:00Z","events":[
	  {"at":"2026-01-02T02:00:00Z","kind":"message","role":"customer","body":"late"}]}`
	_, warns, err := Parse([]byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "after closed_at") {
		t.Errorf("warnings = %v", warns)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(`{"id":"A","created_at":"2026-01-02T00:00:00Z","events":[{"at":"2026-01-02T00:00:00+14:00","kind":"message","role":"agent"}]}`))
	f.Add([]byte(`{"id":"A","created_at":"2026-01-02T00:00:00Z","closed_at":"2026-01-01T00:00:00Z"}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"id":"\u0000","created_at":"9999-12-31T23:59:59.999999999-23:59"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tk, _, err := Parse(data, "fuzz.json")
		if err != nil {
			if tk != nil {
				t.Fatal("ticket returned with an error")
			}
			return
		}
		// A ticket that parses satisfies every invariant the metrics rely on.
		if tk.ID == "" || tk.CreatedAt.IsZero() {
			t.Fatalf("accepted without id or created_at: %+v", tk)
		}
		if tk.Closed() && tk.ClosedAt.Before(tk.CreatedAt) {
			t.Fatal("accepted closed_at before created_at")
		}
		for i, e := range tk.Events {
			if e.At.Before(tk.CreatedAt) {
				t.Fatalf("event %d before creation", i)
			}
			if i > 0 && e.At.Before(tk.Events[i-1].At) {
				t.Fatalf("events not sorted at %d", i)
			}
			if e.Kind == KindMessage && e.Role != RoleAgent && e.Role != RoleCustomer && e.Role != RoleSystem {
				t.Fatalf("event %d has role %q", i, e.Role)
			}
		}
	})
}

// FuzzFastDecode checks that the fast decoder, whenever it accepts a document,
// decodes it exactly as encoding/json does.
func FuzzFastDecode(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(`{"ID":"a","id":"b","Events":[{"AT":"x"}],"extra":{"n":[1,2.5e3,-0,true,false,null,"\u00e9"]}}`))
	f.Add([]byte(`{"id":"\ud83d\ude00","subject":"a\"b\\c\n","events":null,"links":[{"id":"T-1","kind":null}]}`))
	f.Add([]byte(`{"id":"x","customer":null,"events":[{"public":null},{"public":true}]} `))
	f.Add([]byte("{\"id\":\"\xff\xfe\",\"subject\":\"caf\xc3\xa9\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast raw
		if !fastDecode(data, &fast) {
			return
		}
		var slow raw
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&slow); err != nil || dec.More() {
			t.Fatalf("fast path accepted what encoding/json rejects (%v): %q", err, data)
		}
		if !reflect.DeepEqual(normalise(fast), normalise(slow)) {
			t.Fatalf("fast and standard decoding differ for %q:\nfast %+v\nslow %+v", data, fast, slow)
		}
	})
}

// normalise makes empty and nil slices compare equal.
func normalise(r raw) raw {
	if len(r.Links) == 0 {
		r.Links = nil
	}
	if len(r.Events) == 0 {
		r.Events = nil
	}
	return r
}

func BenchmarkParse(b *testing.B) {
	data := []byte(valid)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse(data, "b.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestListDirRecursive(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.json", "a/c.json", "a/d.txt", ".hidden/e.json", "a/.f.json", "Z.JSON"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte("{}"), 0o644)
	}
	got, err := ListDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	if want := []string{"Z.JSON", "a/c.json", "b.json"}; !reflect.DeepEqual(rel, want) {
		t.Errorf("ListDir = %v, want %v", rel, want)
	}
}

// TestType checks that a ticket's type is normalised to debrief's names and
// that an unknown one is dropped with a warning, not an error.
func TestType(t *testing.T) {
	base := `{"id":"T","created_at":"2026-01-05T09:00:00Z","events":[],"type":%q}`
	for in, want := range map[string]string{"incident": TypeIncident, "Service Request": TypeServiceRequest, "service_request": TypeServiceRequest, "RFC": TypeChange} {
		tk, warns, err := Parse([]byte(fmt.Sprintf(base, in)), "t.json")
		if err != nil || tk.Type != want || len(warns) != 0 {
			t.Errorf("type %q: got %q, %v, %v; want %q", in, tk.Type, warns, err, want)
		}
	}
	tk, warns, err := Parse([]byte(fmt.Sprintf(base, "mystery")), "t.json")
	if err != nil || tk.Type != "" || len(warns) != 1 || warns[0].Field != "type" {
		t.Errorf("unknown type: got %q, %v, %v; want no type and one warning", tk.Type, warns, err)
	}
}
