package reader

import "testing"

func TestSubjectAsks(t *testing.T) {
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"Why did our credit usage triple last week?", true},
		{"Moving our wedding to 2028 - do we lose the deposit?", true},
		{"Brook Street patrol compliance 92%? ", true},
		{"No race pack email?", false},
		{"Missing invoice?", false},
		{"How to cancel a lesson for illness", false},
	} {
		if got := subjectAsks(c.subject, nil); got != c.want {
			t.Errorf("subjectAsks(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}

func TestAlertSubject(t *testing.T) {
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"[CRITICAL] PUQ-1 ACU azimuth axis fault", true},
		{"RVRC-ALERT Video loss Site 4471 cams 3,5,6", true},
		{"[Deadline] WARNING: render workers idle with queued jobs", true},
		{"Alert emails arriving late", false},
		{"URGENT please add a user", false},
		{"Fault on the lift", false},
	} {
		if got := alertSubject(c.subject); got != c.want {
			t.Errorf("alertSubject(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}

func TestSubjectNegates(t *testing.T) {
	var sc scan
	for _, c := range []struct {
		subject string
		want    bool
	}{
		{"ISA transfer not arrived", true},
		{"Driver tablet - no manifest for RD-2291", true},
		{"Sub-master SM-F does not open door 2.14", true},
		{"How to substitute when order says no substitutions", false},
		{"No race pack email?", false},
		{"New starter account", false},
		{"", false},
	} {
		if got := subjectNegates(c.subject, nil, &sc); got != c.want {
			t.Errorf("subjectNegates(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}

func TestRequestHead(t *testing.T) {
	var sc scan
	for _, c := range []struct {
		subject string
		fault   bool
		want    bool
	}{
		{"Refund request - remaining balance", false, true},
		{"Warranty claim - battery (T5 Max)", false, true},
		{"Phone call - transfer value quote request, Pensionview login", false, true},
		{"Request: 6 additional DECT handsets", false, true},
		{"Change request: appointment reminders 48h before", false, false},
		{"Maintenance request emails not reaching contractors", true, false},
		{"Maintenance request emails", false, false},
		{"How long do you keep family records / erasure request", false, false},
		{"Quarterly claim - which report?", false, false},
		{"Requested items", false, false},
	} {
		if got := requestHead(c.subject, c.fault, nil, &sc); got != c.want {
			t.Errorf("requestHead(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}

func TestChangeClosed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"No further sharing problems this week, so I'm closing the change.", true},
		{"I'll close the change off.", true},
		{"Everything's in and worked on the night - closing this change.", true},
		{"We rolled back CHG-2291 and the feed recovered.", false},
		{"Closing the ticket, the change worked.", false},
	} {
		if got := changeClosed(tokens(c.text, nil)); got != c.want {
			t.Errorf("changeClosed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestChangeMade(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Apologies, that one is down to the change I made.", true},
		{"Sorry - this was caused by a change we made on Monday.", true},
		{"I've made the changes to your template.", true},
		{"Professor Dunmore has approved the change, so I have made the project owner him.", false},
		{"Did you change anything?", false},
	} {
		if got := changeMade(tokens(c.text, nil)); got != c.want {
			t.Errorf("changeMade(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
