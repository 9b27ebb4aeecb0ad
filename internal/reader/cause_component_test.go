package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseComponent checks round 14's causes (cause_component.go) on sentences
// written for this test, with their near misses.
func TestCauseComponent(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// a requirement the component in place does not meet
		{"Release 8.2 needs controller firmware 3.0 or later, and the lobby unit is on 2.7.", staff, Cause, 0},
		{"The new client requires macOS 14 or newer but the lab machines run 13.", staff, Cause, 0},
		// a component lacking what it needs
		{"The older image lacks the intermediate certificate, so the handshake fails.", staff, Cause, 0},
		{"The handhelds are on a build that doesn't trust the new signing key.", staff, Cause, 0},
		// a credential that lapsed
		{"The API token for the shipping integration expired at 04:10.", staff, Cause, 0},
		{"Signing certificate on the build server expired Sunday night.", staff, Cause, 0},
		// a component that failed and did not come back
		{"The sync worker crashed during the nightly reboot and never came back.", staff, Cause, 0},
		{"Export daemon stopped at 02:00 when the volume filled and didn't restart.", staff, Cause, 0},
		// a scheduled change a component missed
		{"The Leeds kiosk was powered off on Monday so it missed the menu update.", staff, Cause, 0},
		{"Two depots missed the April config push.", staff, Cause, 0},
		// a value held instead of the right one
		{"The scheduler writes its dates in US format instead of ISO.", staff, Cause, 0},
		{"The invoice batch came through with the old VAT rate rather than the new one.", staff, Cause, 0},
		// a finding joined to the symptom it produced
		{"The bucket policy was tightened on Friday, which is what returns 403 on the downloads.", staff, Cause, 0},
		{"The queue hit its size limit at 03:12, which is exactly when the imports aborted.", staff, Cause, 0},
		// a value entered wrong
		{"The sort code was keyed wrong on the supplier record.", staff, Cause, 0},
		{"Two digits of the account number were transposed at entry.", staff, Cause, 0},
		// a component still on an old target
		{"Kiosk 4 is still on v3 after the outage.", staff, Cause, 0},
		{"The scanner is still trying to reach the old print server.", staff, Cause, 0},
		// near misses
		{"Not the firmware - units still on the old build fail too.", staff, 0, Cause},
		{"You can still use the old link until Friday.", staff, 0, Cause},
		{"You need version 3.0 or later to use the new reports.", staff, 0, Cause},
		{"Release 8.2 needs firmware 3.0 or later.", staff, 0, Cause},
		{"Your trial expires on 30 June.", staff, 0, Cause},
		{"The token hasn't expired yet.", staff, 0, Cause},
		{"Three tills didn't come back after the reboot.", staff, 0, Cause},
		{"We missed the 14:00 call, sorry.", staff, 0, Cause},
		{"Please use the ISO format instead of the US one.", staff, 0, Cause},
		{"We restarted the worker, which is what cleared the backlog.", staff, 0, Cause},
		{"I checked the sort code and there's no typo.", staff, 0, Cause},
		{"The vendor might have shipped a build that lacks the certificate.", staff, 0, Cause},
	}
	checkWording(t, cases)
}
