package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestSessionArranged checks the refusal of a remote session arranged or
// missed (sessionArranged) as a fix or a cause. The sentences are written for
// the test; near misses keep their act.
func TestSessionArranged(t *testing.T) {
	cases := []predicateCase{
		// a session asked for, timed, joined or missed
		{"we need to connect to the test server to apply the new build, will call you tomorrow to arrange it.", true},
		{"please suggest a time to connect so we can proceed with the fix.", true},
		{"Kindly join the below Teams session in order to deploy the patch.", true},
		{"Please keep me posted once it is downloaded so we can connect and carry on.", true},
		{"Can you leave the laptop on tonight so I can connect to it remotely?", true},
		{"Let's connect on Monday to roll the update out.", true},
		{"No one connected at the agreed time.", true},
		{"As agreed with your admin, we couldn't connect and install the fix because they were busy with an audit.", true},
		// near misses: a session told with its finding or step, the system's connection, a call made
		{"As we connected today, we found the job was following the wrong workflow.", false},
		{"I connected remotely and restarted the print spooler.", false},
		{"The tills can't connect because the router in the cupboard has failed.", false},
		{"Our delivery service refused to connect to it because the host key changed.", false},
		{"I joined the two accounts and the balance now shows in one place.", false},
		{"We can see the unit connecting normally again.", false},
	}
	checkPredicate(t, "sessionArranged", func(text string) bool { return sessionArranged(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"please join the below session in order to deploy the attached file:", staff, 0, Fix},
		{"we can't connect and deploy the fix because the bank's team is engaged with another case.", staff, 0, Cause | Fix},
		{"I connected remotely and restarted the print spooler.", staff, Fix, 0},
		{"The tills can't connect because the router in the cupboard has failed.", staff, Cause, 0},
	})
}
