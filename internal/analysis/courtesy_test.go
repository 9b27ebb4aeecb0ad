package analysis

import "testing"

// TestFirstSentenceCourtesy: a timeline row quotes what a message says after
// a bare thanks or apology, never the courtesy alone; thanks for something,
// thanks with what follows, and a message that is only thanks keep their
// first sentence. The messages are invented.
func TestFirstSentenceCourtesy(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Thank you. But the reminders now go out for sessions that are over.", "But the reminders now go out for sessions that are over"},
		{"Sorry about that. The queue sent every message it held.", "The queue sent every message it held"},
		{"Thanks Rob!\n\nThe depot printer is back online.", "The depot printer is back online"},
		{"Hi Ana,\n\nThank you [PERSON-2]. The export ran at 06:00.", "The export ran at 06:00"},
		{"thank you very much! all scanners connect now", "all scanners connect now"},
		// near misses: kept
		{"Thanks for the logs. We are looking at them now.", "Thanks for the logs"},
		{"Thanks, works now.", "Thanks, works now"},
		{"Sorry about that!", "Sorry about that!"},
		{"Thanks Dev.\nGareth Pryce", "Thanks Dev"},
		{"Sorry, the upload failed again. It shows error 413.", "Sorry, the upload failed again"},
		{"Thanks rob the tills froze again. Please call.", "Thanks rob the tills froze again"},
		{"Cheers mate all fine. Closing.", "Cheers mate all fine"},
	} {
		got := firstSentence(c.body)
		if trimmed := trimStop(got); trimmed != c.want {
			t.Errorf("firstSentence(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
