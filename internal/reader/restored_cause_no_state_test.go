package reader

import "testing"

// TestRestoredCauseNoState checks round 157's refusal
// (restored_cause_no_state.go): staff's account of why it broke, read as a
// cause and as no step, with no word of the service now, is no restoration;
// a cause told with the service back stays one. The sentences are written
// for the test.
func TestRestoredCauseNoState(t *testing.T) {
	cases := []wordingCase{
		{"The completion rule is 'Completed only', so passed attempts stay In progress.", staffAfter, 0, Restored},
		{"Printers on older firmware don't recognise the new certificate, so they can't connect to the cloud, even though your network is fine.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"The door had lost its network connection during the refit; it's back online and I've opened it with a test fob.", staffAfter, Restored, 0},
		{"The collector's clock had drifted after the server change so its data was rejected; the historian data is back.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	checkPredicate(t, "causeNoState", func(text string) bool { return causeNoState(tokens(text, nil)) }, []predicateCase{
		{"So the update dropped the reader into battery saver and it only caught a couple of tags.", true},
		{"The migration reset every priority to 50, so playblasts no longer jump the queue.", true},
		{"The hub lost WAN because of mast maintenance, hub back online since.", false},
		{"The vendor rolled back a faulty update and licences are passing again.", false},
		{"The data collection had stopped when the disk filled; it's running again.", false},
		{"Due to the DNS change the portal answers from every office.", false},
		{"New antenna fitted, clock drift under 2 ms by 14:10.", false},
	})
}
