package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSummaryCauseUnsure: where the sentence the summary would quote as the
// cause is staff's private note of a state, or says the cause was not
// found, the summary quotes it for what it is and claims no cause; an
// explanation beside the note is quoted as the cause. Invented after
// styles20 10, styles87 04, styles101 14 and styles35 15 (round 231).
func TestSummaryCauseUnsure(t *testing.T) {
	customer := func(body string) inventedMsg { return inventedMsg{ticket.RoleCustomer, true, body} }
	note := func(body string) inventedMsg { return inventedMsg{ticket.RoleAgent, false, body} }
	staff := func(body string) inventedMsg { return inventedMsg{ticket.RoleAgent, true, body} }
	cases := []struct {
		name string
		typ  string
		msgs []inventedMsg
		want string
		not  string
	}{
		{"a private note of a state, alone", ticket.TypeIncident, []inventedMsg{
			customer("The ballot site shows an error page for every voter since 07:00."),
			note("App pool on web02 stopped."),
			staff("We restarted the service and the site is working again.")},
			"The team noted “App pool on web02 stopped”; debrief could not establish the cause in the ticket's own words.",
			"identified the cause"},
		{"a note of a state in a change", ticket.TypeChange, []inventedMsg{
			customer("Please upgrade the MES to 5.3 on Saturday morning."),
			note("Services stopped 06:02."),
			staff("The upgrade to 5.3 is done and the services are running.")},
			"The team noted “Services stopped 06:02”.",
			"identified the cause"},
		{"no cause found", ticket.TypeIncident, []inventedMsg{
			customer("The screen in the mall keeps freezing every afternoon."),
			staff("We swapped the player on Monday and the screen has run without a freeze since."),
			staff("Our workshop ran the old player for a week and couldn't make it freeze, so I'm afraid we haven't found a definite cause.")},
			"On the cause, the team wrote “Our workshop ran the old player for a week and couldn't make it freeze, so I'm afraid we haven't found a definite cause”.",
			"identified the cause"},
		{"near miss: an explanation beside the note", ticket.TypeIncident, []inventedMsg{
			customer("The ballot site shows an error page for every voter since 07:00."),
			note("App pool on web02 stopped."),
			staff("The app pool stopped because last night's update left it pointing at a certificate that had expired.")},
			"The team identified the cause: “The app pool stopped because last night's update left it pointing at a certificate that had expired”.",
			"could not establish"},
	}
	for _, c := range cases {
		n := narrateInvented(c.typ, "Invented", c.msgs...)
		if !strings.Contains(n.ExecutiveSummary, c.want) {
			t.Errorf("%s: want %q in:\n%s", c.name, c.want, n.ExecutiveSummary)
		}
		if strings.Contains(n.ExecutiveSummary, c.not) {
			t.Errorf("%s: %q in:\n%s", c.name, c.not, n.ExecutiveSummary)
		}
		// The root cause section words the same sentence the same way.
		if stated := strings.Contains(n.RootCause, "The team stated the cause as"); stated != (c.not == "could not establish") {
			t.Errorf("%s: root cause section states the cause: %v, want %v:\n%s", c.name, stated, !stated, n.RootCause)
		}
	}
}
