package zammad

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func deliveries(t *testing.T) [][]byte {
	t.Helper()
	var out [][]byte
	for i := 1; ; i++ {
		b, err := os.ReadFile(fmt.Sprintf("testdata/delivery-%d.json", i))
		if os.IsNotExist(err) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestMergeDeliveries builds a ticket from a sequence of deliveries in Zammad's
// documented payload format, including a redelivery.
func TestMergeDeliveries(t *testing.T) {
	ds := deliveries(t)
	ds = append(ds[:2], append([][]byte{ds[1]}, ds[2:]...)...) // webhook retry of delivery 2
	var tk *ticket.Ticket
	for i, d := range ds {
		p, err := Parse(d)
		if err != nil {
			t.Fatalf("delivery %d: %v", i+1, err)
		}
		tk = Merge(tk, p)
		if i < len(ds)-1 && tk.Closed() {
			t.Fatalf("closed after delivery %d", i+1)
		}
	}
	if tk.ID != "31412" || tk.Subject != "Cannot open client files on the NAS" || tk.Team != "Service Desk" || tk.Priority != "high" {
		t.Errorf("header %+v", tk)
	}
	if tk.Customer.Name != "Kanzlei Berg" || tk.Customer.Contact != "Lena Fischer" || tk.Customer.Phone != "+49 30 1234 5678" {
		t.Errorf("customer %+v", tk.Customer)
	}
	if want := time.Date(2026, 3, 16, 10, 20, 0, 0, time.UTC); !tk.ClosedAt.Equal(want) || tk.CloseReason != "closed" {
		t.Errorf("closed %v %q", tk.ClosedAt, tk.CloseReason)
	}
	var msgs, notes, states []string
	for _, e := range tk.Events {
		switch {
		case e.Kind == ticket.KindState:
			states = append(states, e.State)
		case !e.Public:
			notes = append(notes, e.Body)
		default:
			msgs = append(msgs, string(e.Role)+": "+e.Body)
		}
	}
	if len(msgs) != 4 {
		t.Fatalf("messages %q (the redelivery must not duplicate one)", msgs)
	}
	if !strings.HasPrefix(msgs[0], "customer: Hello,\nsince this morning") || strings.Contains(msgs[0], "<div>") {
		t.Errorf("HTML body not turned into text: %q", msgs[0])
	}
	if !strings.HasPrefix(msgs[1], "agent: Hello Ms Fischer,\nwe are looking") {
		t.Errorf("agent article %q", msgs[1])
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "firmware") {
		t.Errorf("internal notes %q", notes)
	}
	if strings.Join(states, ",") != "open,pending_customer,open" {
		t.Errorf("states %v", states)
	}
	// The result is a valid ticket in debrief's format.
	raw, _ := json.Marshal(tk)
	if _, _, err := ticket.Parse(raw, "merged"); err != nil {
		t.Errorf("merged ticket invalid: %v", err)
	}
}

func TestSignature(t *testing.T) {
	body := []byte(`{"ticket":{}}`)
	secret := []byte("s3cret")
	sig := Sign(body, secret)
	if !strings.HasPrefix(sig, "sha1=") || len(sig) != 45 {
		t.Fatalf("signature %q", sig)
	}
	if !VerifySignature(body, sig, secret) {
		t.Error("valid signature rejected")
	}
	for _, bad := range []string{"", "sha1=", "sha1=zz", "sha256=" + sig[5:], Sign(body, []byte("other")), Sign([]byte(`{"ticket":{} }`), secret)} {
		if VerifySignature(body, bad, secret) {
			t.Errorf("bad signature %q accepted", bad)
		}
	}
}

func TestMappings(t *testing.T) {
	for in, want := range map[string]string{"pending reminder": "pending_customer", "pending close": "pending_close", "open": "open", "Closed": "closed"} {
		if got := StateFor(in); got != want {
			t.Errorf("StateFor(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Incident": "incident", "Request for Change": "change", "Service Request": "service_request", "Question": "question", "Ticket": ""} {
		if got := ticket.NormalizeType(in); got != want {
			t.Errorf("NormalizeType(%q) = %q, want %q", in, got, want)
		}
	}
	p, err := Parse([]byte(`{"ticket":{"id":5,"number":"5","title":"x","state":"open","type":"Problem","created_at":"2026-01-05T09:00:00Z"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if tk := Merge(nil, p); tk.Type != ticket.TypeIncident {
		t.Errorf("Zammad type Problem merged as %q, want incident", tk.Type)
	}
	for in, want := range map[string]string{"3 high": "high", "1 low": "low", "urgent": "urgent", "P1": "P1"} {
		if got := PriorityFor(in); got != want {
			t.Errorf("PriorityFor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, body := range []string{`not json`, `{}`, `{"ticket":{"id":1}}`, `{"ticket":{"id":"x"}}`} {
		if _, err := Parse([]byte(body)); err == nil {
			t.Errorf("%s: no error", body)
		}
	}
}

func FuzzParseMerge(f *testing.F) {
	for _, d := range deliveriesF(f) {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := Parse(body)
		if err != nil {
			return
		}
		tk := Merge(nil, p)
		if tk.ID == "" {
			t.Fatal("merged ticket without id")
		}
		for i := 1; i < len(tk.Events); i++ {
			if tk.Events[i].At.Before(tk.Events[i-1].At) {
				t.Fatal("events out of order")
			}
		}
	})
}

func deliveriesF(f *testing.F) [][]byte {
	var out [][]byte
	for i := 1; i < 10; i++ {
		b, err := os.ReadFile(fmt.Sprintf("testdata/delivery-%d.json", i))
		if err == nil {
			out = append(out, b)
		}
	}
	return out
}
