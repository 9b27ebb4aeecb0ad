package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixReleaseAsked checks the refusal of a fix, release or build asked
// for (releaseAsked). The sentences are written for the test; near misses
// keep their fix.
func TestFixReleaseAsked(t *testing.T) {
	cases := []predicateCase{
		// the remedy asked of the vendor
		{"please deliver this fix as a hotfix on the staging environment so we can test it.", true},
		{"Kindly provide it as a hot fix on tag 2.4.1.", true},
		{"please post the latest release for the gateway.", true},
		{"Could you send us the patch for the export screen?", true},
		// near misses: the remedy put in place, sent by the writer, found attached
		{"Please install the latest release on both tills and restart them.", false},
		{"I've sent you the patch; it installs in a minute.", false},
		{"please find attached the latest fix for the test server.", false},
		{"We released the fix to production at 09:00.", false},
	}
	checkPredicate(t, "releaseAsked", func(text string) bool { return releaseAsked(tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"please post the latest release for the gateway.", staff, 0, Fix},
		{"Please install the latest release on both tills and restart them.", staff, Fix, 0},
	})
}
