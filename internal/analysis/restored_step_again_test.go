package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

func TestStepWaitsAgain(t *testing.T) {
	for _, c := range []struct {
		staff bool
		acts  reader.Act
		text  string
		want  bool
	}{
		// Steps after the fault came back (styles18 05, 18 18, 43 12, 98 13).
		{true, reader.Fix | reader.Restored, "Unlocked 4KD again.", true},
		{true, reader.Fix | reader.Restored, "We've added capacity and yours is running now, at 41,000 of about 96,000 deals.", true},
		{true, reader.Fix | reader.Restored, "It now has a fixed address, and the booking system prints through the hospital print server like Word does, so it shouldn't move again.", true},
		{true, reader.Fix | reader.Restored, "I've moved RH-12's reading out of the dehumidifier control for good, so RH-13 is in charge now.", true},
		// A step with its result checked is the service seen back.
		{true, reader.Fix | reader.Restored, "We rolled back to the vendor driver and a test invoice printed.", false},
		{true, reader.Fix | reader.Restored, "Corrected both site copies, printed test from each remotely to PDF - correct VAT no.", false},
		// Not a step: a state, or the customer's words.
		{true, reader.Restored, "Queue at 0.", false},
		{false, reader.Fix | reader.Restored, "Restarted, test sale went through and refunded.", false},
		{false, reader.Fix | reader.Restored, "Done that and the jobs are back.", false},
		// A request's or a change's step waits too (round 263): the
		// customer's "all three logged in this morning" after it is the
		// service seen back.
		{true, reader.Fix | reader.Restored, "I've set up Kacper, Lewis and Shauna in MouldTrack and PressWatch with the C-shift setter role.", true},
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts}
		r := Quote{Text: c.text, Match: c.acts.String()}
		if got := stepWaits(c.staff, sn, r); got != c.want {
			t.Errorf("stepWaits(%v, %q) = %v, want %v", c.staff, c.text, got, c.want)
		}
	}
}
