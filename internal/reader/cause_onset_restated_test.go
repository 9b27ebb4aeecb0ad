package reader

import "testing"

// TestCauseOnsetRestated checks the refusal of the model's cause for the
// symptom told again in the present perfect with its onset (onsetRestated,
// in modelVeto). The sentences are written for the test; near misses keep
// the model's reading.
func TestCauseOnsetRestated(t *testing.T) {
	checkPredicate(t, "onsetRestated", func(text string) bool { return onsetRestated(text, tokens(text, nil)) }, []predicateCase{
		// the symptom with its onset, nothing after it
		{"The stock system at the Leeds store has not been able to reach the server since 06:00.", true},
		{"The boiler sensor has been reporting zero flow since about 03:00 and its readings are invalid.", true},
		{"Four supplier invoices have been rejected by the portal overnight.", true},
		{"The feeds come from the supplier's hub, and since 09:15 our side has been refusing them.", true},
		// near misses: the reason after, an agent's onset opening the sentence, no onset, no perfect
		{"The copy hasn't been refreshed since Saturday night, so booked slots still look free.", false},
		{"The job hasn't run since 25/04 - the patching left the scheduler stopped.", false},
		{"Since Monday a script has been hammering the lookup on your site.", false},
		{"The sync has been failing because the key expired on Sunday.", false},
		{"The analyser has been flagging low flow.", false},
		{"Writes failed from 08:40 until the disk was extended.", false},
	})
}
