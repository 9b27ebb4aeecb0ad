package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestChangePlanned(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Plan: move the sign-up form to the new page on Friday, then switch the old one off.", true},
		{"Rollback: put the old price band back.", true},
		{"Risk low.\nBack-out: restore last night's copy of the table.", true},
		{"  backout: revert the template", true},
		{"Query plan: full scan on orders since the index was dropped.", false},
		{"Test plan: two test accounts, one per site.", false},
		{"rollback:", false},
		{"Rollback:  \n", false},
		{"We plan: nothing yet.", false},
		{"The plan is to move it on Friday.", false},
		{"I rolled back the release.", false},
	} {
		if got := changePlanned(c.text); got != c.want {
			t.Errorf("changePlanned(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeChangePlanned: an ask staff lay out under a change record's
// plan is a change; the same ask answered without one stays a request, and
// a bare field heading a script does not make an incident a change.
func TestInferTypeChangePlanned(t *testing.T) {
	ask := "Hello, could you set up our new Saturday class in the booking system please? Thanks, Jo"
	for _, c := range []struct {
		name, opening, reply, want string
	}{
		{"plan", ask, "Will do. Plan: add the class on Friday, hidden, then show it on Monday.\nRollback: hide the class again.", ticket.TypeChange},
		{"no plan", ask, "Done, the Saturday class is in the booking system now.", ticket.TypeServiceRequest},
		{"script", "The report has been failing since this morning with an error.",
			"Please find the fix below:\nfix:\nupdate reports set state = 1;\nrollback:\nupdate reports set state = 0;", ticket.TypeIncident},
	} {
		t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
		tk := &ticket.Ticket{Subject: "Saturday class", Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: c.opening},
			{At: t0.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: c.reply},
		}}
		if c.name == "script" {
			tk.Subject = "Report failing"
		}
		if got := InferTicketType(tk, Read(tk, nil)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
