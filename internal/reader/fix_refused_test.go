package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixRefused checks the forms in which a remedial verb tells no remedy
// (fix_refused.go) on sentences written for this test, none taken from a
// labelled set: a change told with the harm it did and a setting described,
// each beside the near misses that must stay a fix.
func TestFixRefused(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []wordingCase{
		// a change that broke something: someone else's change, a harm after it
		{"The billing module was upgraded on Monday, so invoices no longer carry the VAT line.", staff, 0, Fix},
		{"Their mail provider changed its relay addresses overnight, and our firewall rejects the new ones.", staff, 0, Fix},
		{"The nightly job reinstalled the old driver, which wiped the printer's custom profile.", staff, 0, Fix},
		{"When the router was replaced last week, the guest VLAN was not carried over.", staff, 0, Fix},
		{"Since the certificate was renewed on Friday, the handhelds refuse to connect.", staff, 0, Fix},
		{"The vendor moved the API to a new host and the old address stopped answering.", staff, 0, Fix},
		// the writer's own step, an attempt, a label, an instruction: still a fix
		{"We rolled back the billing module, so invoices carry the VAT line again.", staff, Fix, 0},
		{"I've replaced the relay addresses in the firewall; the old ones no longer apply.", staff, Fix, 0},
		{"Restarted the print spooler - still not printing.", staff, Fix, 0},
		{"The spooler was restarted but the queue is still not moving.", staff, Fix, 0},
		{"The driver has been reinstalled and the profile is not needed any more.", staff, Fix, 0},
		{"Recovery: restarted the agent, which was not responding.", staff, Fix, 0},
		{"The technician replaced the fan that was failing.", staff, Fix, 0},
		{"Once the update is installed, the warning should not appear.", staff, 0, 0},
		{"You need to reinstall the app, otherwise the scanner won't pair.", staff, Fix, 0},
		{"PSU swapped by the engineer, no reboot needed.", staff, Fix, 0},
		// a setting described as it stands, against one left by a step
		{"The schedule is set to UTC rather than local time.", staff, 0, Fix},
		{"Both scanners are set to the old profile.", staff, 0, Fix},
		{"The schedule is set to local time now.", staff, Fix, 0},
		{"I've set the schedule to local time.", staff, Fix, 0},
	}
	checkWording(t, cases)
}

// TestModelRefusesFix checks the model's guards on a fix: a change with its
// harm, a setting described, what usually happens, and a service working
// again with no step in it; near misses the model may still read as a fix.
func TestModelRefusesFix(t *testing.T) {
	cases := []struct {
		text string
		acts Act
		want bool
	}{
		{"Their mail provider changed its relay addresses overnight, and our firewall rejects the new ones.", 0, true},
		{"The schedule is set to UTC rather than local time.", 0, true},
		{"Refunds usually take five working days to reach the card.", 0, true},
		{"The nightly exports have run successfully since Tuesday.", Restored, true},
		{"Readings are coming in again from all four sensors.", Restored, true},
		{"Readings are coming in again from all four sensors.", 0, false},
		{"Both sites done, readings coming in again.", Restored, false},
		{"The new price list is live on every till again.", Restored, false},
		{"The exports have been re-run and arrive again.", Restored, false},
		{"We changed the relay addresses overnight.", 0, false},
		{"Please restart the scanner and try again.", 0, false},
	}
	for _, c := range cases {
		var buf [64]string
		var sc scan
		if got := modelRefusesFix(newScan(tokens(c.text, buf[:0]), &sc), c.acts); got != c.want {
			t.Errorf("%q (acts %v): modelRefusesFix %v, want %v", c.text, c.acts, got, c.want)
		}
	}
}
