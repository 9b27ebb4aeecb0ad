package reader

import "testing"

// TestNeedDone: a need of the thing told before "sorted", "fixed" or
// "working" is a fault's urgency and names no request (round 113); a need
// of a thing set up or given, or of a thing to do, still names one. Written
// for the test.
func TestNeedDone(t *testing.T) {
	for _, c := range []struct {
		text    string
		request bool
	}{
		{"the first calls are at 7am, i need this sorted tonight", false},
		{"We use it every month, so I need it sorted before the board meets.", false},
		{"The show opens on Wednesday so we need this fixed very quickly.", false},
		{"We need this working again for tonight's service.", false},
		// near misses: a thing asked for, set up or to be done
		{"I need them set up in the portal by Monday.", true},
		{"We need this report for the audit on Friday.", true},
		{"we need the new starter's account sorted by Monday", true},
		{"I need a copy of the sorted list.", true},
	} {
		if got := requestNamed(tokens(c.text, nil)); got != c.request {
			t.Errorf("requestNamed(%q) = %v, want %v", c.text, got, c.request)
		}
	}
}

// TestInferTypeNeedDone: a fault told and its urgency put as a need is an
// incident, also where the need is requestAsked's frame; the same need of a
// thing asked for, or beside an ask, keeps its service request.
func TestInferTypeNeedDone(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Backdrop colours way off", "We unpacked the backdrop this morning and the greens have come out a muddy olive. The stand opens on Wednesday so we need this sorted very quickly.", "incident"},
		{"New branch users", "We open a new office next month. We need them set up in the portal so they can place orders.", "service_request"},
		{"Carers cant see Monday runs", "The publish screen just says in progress still, i need this sorted tonight", "incident"},
		{"Rota publish", "Can you publish the new rota, we need it working by Monday", "service_request"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
