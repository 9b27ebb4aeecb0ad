package analysis

import "testing"

// TestComponentNameEdges: the words around a name that are no part of it
// (round 232): a clock time, an adverb that ends the clause, "its", the
// clause before "but", a word that shows a clause ("never", "as"), a verb
// inside a longer word ("broker"), a time of day, a person's possessive, a
// clause without "that" after a fault's location and a day told with "this".
// Written for the test in the shapes of styles13 15, 32 02, 71 01, 74 06,
// 79 10, 80 13, 102 10, 106 01, 109 10, 110 01, 111 01, 119 01 and styles3.
func TestComponentNameEdges(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"The transfer job at 18:40 failed with 'destination full'.", "the transfer job"},
		{"Dashboard: 01/03 06:00 attempt 1 timed out at our end.", ""},
		{"The 07:52 card expired.", ""},
		{"Their finding: PLC-03's comms module then failed to reconnect.", "PLC-03's comms module"},
		{"The gateway ran out of space because its log clean-up stopped working.", "the log clean-up"},
		{"First one: gateway took payment but our callback handler timed out.", "our callback handler"}, // a callback alone is an exchange (round 259)
		{"Your bank approved it but the machine never received the approval and showed it as failed.", ""},
		{"Their message broker in the Dublin region failed over at 06:02.", "their message broker in the Dublin region"},
		{"So every authorise call since midnight has failed the handshake.", ""},
		{"Her signing certificate expired on Friday.", "her signing certificate"},
		{"One of our gateways restarted because of a fault in a software update it received this week.", "a software update"},
		{"Renewals weren't registering because a key change we made this morning broke the link.", "a key change we made"},
		{"Windows paused the queue after three jobs failed.", ""},
		{"The booking portal shows it expired on 3 May.", ""},
		// near misses: a clock time in no name, a version's dots, "its" inside a name
		{"The nightly export job failed.", "the nightly export job"},
		{"The v2 gateway of its vendor crashed.", "the v2 gateway of its vendor"},
	} {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}

// TestComponentMainFirst: the main cause is read before an earlier note that
// tells only what the fault reached (styles10 01, styles9 12).
func TestComponentMainFirst(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Text: "Gateway log: OPC UA session for ring B stopped at 01:53."},
		{Text: "The real problem was that the client cert on the gateway for ring B had expired."},
	}}
	if m := f.MainCause(false); m != 1 {
		t.Fatalf("main cause %d, want 1", m)
	}
	if got, want := component(f), "the client cert on the gateway for ring B"; got != want {
		t.Errorf("component %q, want %q", got, want)
	}
}

// TestComponentChangedSwappedRotated: "swapped" and "rotated" tell a change
// made to the component that follows them (styles21 01, 70 08, 109 10).
func TestComponentChangedSwappedRotated(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"The overnight Windows update swapped the Zebra driver for Microsoft's generic label driver.", "the Zebra driver"},
		{"Clearmark rotated their API server certificate at 00:00 to a new intermediate.", "the API server certificate"},
		// near misses: an indefinite object, a passive with nothing after
		{"They swapped a radio mic at 17:50 and reset the desk.", ""},
		{"The last two digits were swapped when the order was taken.", ""},
	} {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}
