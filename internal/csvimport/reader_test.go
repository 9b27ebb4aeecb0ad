package csvimport

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

const mappingYAML = `ticket: id
numeric_ids: true
message: seq
order: [seq, part]
time: at
author: who
role: role
roles: {reporter: customer, assignee: agent, bot: system}
internal: private
body: text
closed: last_event
close_reason: resolved
`

const sample = `id,seq,part,at,who,role,private,text
7.0,0,0,2026-01-05 09:00:00+00:00,ann,reporter,0,The VPN is down.
7.0,0,1,2026-01-05 09:00:00+00:00,ann,reporter,0,"Nobody can log in, please help."
7.0,2,0,2026-01-05 09:30:00+00:00,bob,assignee,0,Restarted the gateway; it works now.
7.0,1,0,2026-01-05 09:10:00+00:00,bob,assignee,1.0,Checking the gateway logs.
8,0,0,bad time,cy,reporter,0,Hello
9,0,0,2026-01-06 10:00:00,dee,manager,0,Who am I?
`

func read(t *testing.T, m *Mapping, csv string) []Result {
	t.Helper()
	var out []Result
	if err := Read(strings.NewReader(csv), m, "s.csv", func(r Result) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRead(t *testing.T) {
	m, err := ParseMapping([]byte(mappingYAML), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rs := read(t, m, sample)
	if len(rs) != 3 {
		t.Fatalf("got %d results", len(rs))
	}
	r := rs[0]
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	tk := r.Ticket
	if tk.ID != "7" || len(tk.Events) != 3 {
		t.Fatalf("ticket %+v", tk)
	}
	if got := tk.Events[0].Body; got != "The VPN is down. Nobody can log in, please help." {
		t.Errorf("grouped body %q", got)
	}
	if e := tk.Events[1]; e.Public || e.Role != ticket.RoleAgent || e.Body != "Checking the gateway logs." {
		t.Errorf("internal note %+v (rows must sort by seq)", e)
	}
	if !tk.ClosedAt.Equal(time.Date(2026, 1, 5, 9, 30, 0, 0, time.UTC)) || tk.CloseReason != "resolved" {
		t.Errorf("closed %v %q", tk.ClosedAt, tk.CloseReason)
	}
	if _, _, err := ticket.Parse(r.Raw, "raw"); err != nil {
		t.Errorf("raw JSON does not parse: %v", err)
	}
	if rs[1].Err == nil || !strings.Contains(rs[1].Err.Error(), `s.csv:6: ticket 8: at: "bad time" is not a time`) {
		t.Errorf("bad time error = %v", rs[1].Err)
	}
	if rs[2].Err == nil || !strings.Contains(rs[2].Err.Error(), `role value "manager" is not in the mapping's roles`) {
		t.Errorf("unmapped role error = %v", rs[2].Err)
	}
}

func TestReadFileErrors(t *testing.T) {
	m, _ := ParseMapping([]byte(mappingYAML), "m.yaml")
	err := Read(strings.NewReader("id,at\n1,2026-01-01\n"), m, "x.csv", func(Result) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "the mapping names columns the file lacks: seq, who, role, private, text, part") {
		t.Errorf("missing columns error = %v", err)
	}
	if err := Read(strings.NewReader(""), m, "x.csv", func(Result) error { return nil }); err == nil || !strings.Contains(err.Error(), "empty file") {
		t.Errorf("empty file error = %v", err)
	}
	stop := errors.New("stop")
	if err := Read(strings.NewReader(sample), m, "s.csv", func(Result) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("callback error not returned: %v", err)
	}
}

func TestParseMappingErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"time: at\nrole: r\n", "ticket: missing"},
		{"ticket: id\nrole: r\n", "time: missing"},
		{"ticket: id\ntime: at\n", "role: missing"},
		{"ticket: id\ntime: at\nrole: r\nroles: {x: boss}\n", `roles.x: "boss" is not customer, agent or system`},
		{"ticket: id\ntime: at\nrole: r\ntime_zone: Moon/Base\n", `unknown time zone "Moon/Base"`},
		{"ticket: id\ntime: at\nrole: r\nclosed: sometimes\n", `closed: "sometimes"`},
		{"ticket: id\ntime: at\nrole: r\ncolumns: x\n", "field columns not found"},
	}
	for _, tc := range tests {
		_, err := ParseMapping([]byte(tc.yaml), "m.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.yaml, err, tc.want)
		}
	}
}

func TestMendeleyMappingParses(t *testing.T) {
	if _, err := LoadMapping("../../examples/mendeley-mapping.yaml"); err != nil {
		t.Fatal(err)
	}
}

func FuzzRead(f *testing.F) {
	m, err := ParseMapping([]byte(mappingYAML), "m.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sample)
	f.Add("id,seq,part,at,who,role,private,text\n1,0,0,2026-01-05T09:00:00Z,a,reporter,0,\"unterminated\n")
	f.Add("id,seq,part,at,who,role,private,text\n,,,,,,,\n")
	f.Fuzz(func(t *testing.T, csv string) {
		_ = Read(strings.NewReader(csv), m, "fuzz.csv", func(r Result) error {
			if r.Err == nil {
				if r.Ticket == nil || r.Ticket.ID == "" || len(r.Raw) == 0 {
					t.Fatalf("result without ticket or error: %+v", r)
				}
				if _, _, err := ticket.Parse(r.Raw, "raw"); err != nil {
					t.Fatalf("accepted ticket's JSON does not parse: %v", err)
				}
			}
			return nil
		})
	})
}

func FuzzParseMapping(f *testing.F) {
	f.Add([]byte(mappingYAML))
	f.Add([]byte("ticket: [\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseMapping(data, "fuzz.yaml")
		if err == nil && (m.Ticket == "" || m.Time == "") {
			t.Fatal("accepted a mapping without ticket or time column")
		}
	})
}

// TestParseMappingDeep: a mapping nested without end is an error, not a
// stack overflow.
func TestParseMappingDeep(t *testing.T) {
	for _, open := range []string{"[", "{a: "} {
		if _, err := ParseMapping([]byte("columns: "+strings.Repeat(open, 1_000_000)), "deep.yaml"); err == nil {
			t.Errorf("%q x 1e6: accepted", open)
		}
	}
}

// TestTypesAndAutomaticAuthors checks the mapping's type column and value map,
// the fallback to common type names, and robot authors imported as system.
func TestTypesAndAutomaticAuthors(t *testing.T) {
	m, err := ParseMapping([]byte(mappingYAML+"type: kind\ntypes: {HD Service: service_request}\nautomatic_authors: [robo]\n"), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	csv := `id,seq,part,at,who,role,private,text,kind
1,0,0,2026-01-05 09:00:00+00:00,ann,reporter,0,Please add a user.,HD Service
1,1,0,2026-01-05 09:00:10+00:00,robo,assignee,0,Your ticket has been received.,HD Service
2,0,0,2026-01-05 09:00:00+00:00,ann,reporter,0,The VPN is down.,Incident
3,0,0,2026-01-05 09:00:00+00:00,ann,reporter,0,Hello.,Ticket
`
	rs := read(t, m, csv)
	want := []string{ticket.TypeServiceRequest, ticket.TypeIncident, ""}
	for i, r := range rs {
		if r.Err != nil {
			t.Fatalf("ticket %s: %v", r.TicketID, r.Err)
		}
		if r.Ticket.Type != want[i] {
			t.Errorf("ticket %s type %q, want %q", r.TicketID, r.Ticket.Type, want[i])
		}
	}
	if got := rs[0].Ticket.Events[1].Role; got != ticket.RoleSystem {
		t.Errorf("robot author imported with role %q, want system", got)
	}
	if _, err := ParseMapping([]byte(mappingYAML+"types: {x: outage}\n"), "bad.yaml"); err == nil {
		t.Error("a types value that is not a ticket type was accepted")
	}
}
