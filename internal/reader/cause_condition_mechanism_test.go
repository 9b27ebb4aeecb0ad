package reader

import "testing"

func TestConditionInMechanism(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// The condition under which a mechanism acts (tuning rows, causes).
		{"Our Chrome extension auto-updated to 4.12.0 this morning and that version requests camera access in a way Chrome on Windows rejects if another app has held the camera since boot.", true},
		{"Newer Android versions ask for Nearby devices separately from Bluetooth, and if it was declined when the app was first opened, the app can't see the machine at all.", true},
		{"Regression in 7.3.0: new daily-rest calc only applies the ferry/train split if a country-of-entry record precedes the ferry symbol.", true},
		{"When the new price went in at 6 it saved without the wash programme codes, and the app marks the whole washer group out of service if one price is bad.", true},
		{"Since an update in December, the\nstatement report has been counting a gift that was later refunded as if\nit had been kept.", true},
		{"Our SMS provider has found the reason: since 10 March the networks only\ndeliver texts from a named sender such as \"NCFLRefs\" if that name is on\nthe new sender registry, and yours had never been added.", true},

		// Near misses: a supposition or an instruction opening on "if".
		{"If the token expired overnight, the sync would stop.", false},
		{"Yes, if you restart the app it should pick up the new setting.", false},
		// "if" after a verb of asking or knowing, or an elliptic aside.
		{"Could you check if the router was restarted last night?", false},
		{"Let me know if the gateway drops again.", false},
		{"I'm not sure if the update changed the port.", false},
		{"We'll replace the cable, and the switch too if needed.", false},
		{"The certificate may have expired, and if so the sync stops.", false},
		// Another hedge beside the "if".
		{"It might be the firmware, which drops the link if the battery is low.", false},
		{"The update probably reset the port, which fails if the old value is cached.", false},
		// No hedge at all.
		{"The certificate expired at midnight.", false},
	}
	for _, c := range cases {
		var buf [64]string
		if got := conditionInMechanism(tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("conditionInMechanism(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
