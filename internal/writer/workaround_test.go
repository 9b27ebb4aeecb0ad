package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestWorkaroundGiven: a stopgap until the fix is quoted as the workaround,
// not as the remedial step; a step that uses "until" for its length stays the
// remedial step. The tickets are invented (forms of styles44 TD-20914,
// styles45 ADC-BR-3342, styles46 LF-90701; see TestStopgap).
func TestWorkaroundGiven(t *testing.T) {
	cases := []struct {
		name string
		msgs []inventedMsg
		want string // the lead before the quote
	}{
		{"a stopgap until a part arrives", customerThenStaff(
			"Remote downloads have failed for six trucks since Monday with 'Authentication failed'.",
			"The company card in the office reader expired on Sunday. Until the new card arrives, please download the trucks manually at the depot."),
			"The interim step given"},
		{"a stopgap for now", customerThenStaff(
			"The card payment page says 'Transaction could not be completed' every time.",
			"The provider's security page is blocked when third-party cookies are off. They're changing it, but for now the quickest way is to pay from a phone, or by phone on 0800 496 0700 quoting your account number."),
			"The interim step given"},
		{"near miss: until as the length of the step", customerThenStaff(
			"The label printer feeds blank labels since this morning.",
			"Had her hold the feed button for 5 s until the light flashed twice to recalibrate; it fed 4 blanks and then printed a test label."),
			"The remedial step recorded"},
		{"near miss: the fix", customerThenStaff(
			"The label printer feeds blank labels since this morning.",
			"I replaced the print head on the label printer this afternoon."),
			"The remedial step recorded"},
	}
	for _, c := range cases {
		n := narrateInvented(ticket.TypeIncident, "Invented", c.msgs...)
		if !strings.Contains(n.ExecutiveSummary, c.want+": “") {
			t.Errorf("%s: want %q in:\n%s", c.name, c.want, n.ExecutiveSummary)
		}
	}
}

// TestQuestionExplained: a question reports no fault, so what staff state as
// a reason is their explanation, not "the cause"; an incident keeps its
// cause. Invented after styles43 RSC-40141, styles47 GR-5688 and styles48
// NF-2210458.
func TestQuestionExplained(t *testing.T) {
	msgs := customerThenStaff(
		"Does the 1,500 word limit for the case for support include the references?",
		"No: references are not counted because they go in a separate attachment, which is why the form has its own upload for them.")
	n := narrateInvented(ticket.TypeQuestion, "Word limit", msgs...)
	if strings.Contains(n.ExecutiveSummary, "identified the cause") {
		t.Errorf("a question's summary names a cause:\n%s", n.ExecutiveSummary)
	}
	inc := narrateInvented(ticket.TypeIncident, "Pickups late", customerThenStaff(
		"The pickups for route 12 have been 20 minutes late all week.",
		"The delays were caused by the roadworks on Mill Road, which closed the usual turning.")...)
	if strings.Contains(inc.ExecutiveSummary, "The team explained") {
		t.Errorf("an incident's cause is worded as an explanation:\n%s", inc.ExecutiveSummary)
	}
}
