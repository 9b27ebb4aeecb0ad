package reader

import "testing"

// TestCauseRuledOut checks round 49's refusals (notCause, so the model too):
// a candidate ruled out with no cause told, and work left to people after
// "so", on rows of the styles sets (each form in three sets or more), with
// near misses from true rows that keep their cause.
func TestCauseRuledOut(t *testing.T) {
	cases := []struct {
		set, text string
		want      bool
	}{
		// a candidate ruled out, no cause told
		{"styles3", "The spreadsheet import isn't it - none of the three pairs were in the gala list.", true},
		{"styles3", "RSS is unrelated (it uses the original, feed had its own timeout this morning).", true},
		{"styles6", "They aren't a result of\nThursday's problem.", true},
		{"styles11", "It's a\ncommon one, and it doesn't mean anything is wrong with your account.", true},
		{"styles35", "Probe agrees with hand meter, so drift theory was wrong.", true},
		{"styles51", "Nothing at your end was wrong.", true},
		// near misses: the dismissal goes on to the cause
		{"styles47", "that one is unrelated and is a genuine check: one of the posts on her Staff costs page has no salary scale point selected, which 6.4 now requires.", false},
		{"styles", "Not DNS - the smart host is mail.relaytrust.example and the cert on their side is fine, but our firewall rule on CARROW-FW01 that allows outbound 587 was overwritten by last night's firmware update.", false},
		{"styles11", "it was national - the NHS electronic prescription service had a partial outage this morning between 08:25 and 10:50, and nothing was wrong at your branch.", false},
		{"styles26", "It wasn't your Mac: the print server update we\ninstalled on Sunday had a bug that made Macs forget their print login\nafter a day, which is why re-adding the printer only helped until the\nnext morning.", false},

		// work left to people after "so"
		{"styles12", "Failed quotes were never saved with a premium, so brokers have to re-run them.", true},
		{"styles12", "Quotes that failed yesterday and this morning were not saved with a premium, so please run them again.", true},
		{"styles14", "Unfortunately the marks that failed weren't stored anywhere, so\nteachers will need to re-enter them.", true},
		{"styles46", "Three of yours bounced because the numbers are wrong (orders 700-88812, 700-88907 and 700-89020), so those customers will need a call.", true},
		{"styles10", "The stop threshold lives in the turbine controller parameter set, which the OEM owns, so that part has to go through them; the warning threshold and the SMS routing are ours.", true},
		// near misses: staff's need, a thing's need
		{"styles45", "Loch Fyne Crafts I couldn't do yet: the letter of authority we hold for\nthem is signed by a former director, so we need a new one signed by a\ncurrent director.", false},
		{"styles8", "Raj, ward 5's cabinet was still holding on to the old certificate, so it\nneeded its cache cleared and its sync service restarted, which I've done\nremotely.", false},
		{"styles4", "Your jobs ask for 500 GB, so they\nwill wait forever.", false},

		// the result expected of a step, after "so"
		{"styles18", "Done - the key ending 7QX was revoked at 11:05 today, so any call made with it will now get a 401.", true},
		{"styles42", "The old setting is back on at network level as of 11:40, so the iPhone\n8s and anything else still on the old profile should have data again now", true},
		{"styles54", "Bank's contact list now points at the platform team DL instead of the old ops mailbox, so the next rotation notice reaches us.", true},
		// near misses: a fault that goes on, the harm told
		{"styles30", "The Saturday aqua fit was cancelled by the instructor on Friday, so that\none isn't us; the members should have had a cancellation text.", false},
		{"styles13", "When the card was changed yesterday our system kept\nthe automatic top-up attached to the old card, so it failed again when\nthe credits ran out overnight.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := notCause(tc.text, scn); got != tc.want {
			t.Errorf("%s: notCause(%q) = %v, want %v", tc.set, tc.text, got, tc.want)
		}
	}
}
