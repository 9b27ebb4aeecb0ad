package reader

import "testing"

func TestStepNoteAny(t *testing.T) {
	checkPredicate(t, "stepNoteAny", func(text string) bool {
		var buf [64]string
		return stepNoteAny(tokens(text, buf[:0]))
	}, []predicateCase{
		{"Changed the Wexcombe Lane camera profile to upload 2K previews only; originals come back on the SD cards at end of job.", true},
		{"Changed the allowed list in the MDM Bluetooth payload to match on the printers' MAC prefix instead of the name, pushed to all 16 Ludlow and 22 Shrewsbury handhelds.", true},
		{"Split collection cut-off out of delivery cut-off (needs the per-method setting, on their plan).", true},
		{"Added RP-IND-2 as an equivalent of RCA-IND in the DoseTrack access rule, approved by the RP Supervisor by phone.", true},
		{"Swapped MC-K2 for the industrial-rated spare (75 °C) at 15:20 and left the cabinet door propped with a guard.", true},
		// near misses: a change told with its time and author, a noun
		// opening, a past perfect, a reason, a sequel, a subject
		{"Changed Mon 16:52 by facilities user jharris when the bike count went from 24 to 20 after the refit.", false},
		{"Changed 14/03 by the vendor's engineer.", false},
		{"Reset token audit for 4471-20093: all 4 tokens redeemed 2-3 s after sending.", false},
		{"Reset mails not arriving because his profile still has his old address.", false},
		{"Cleared 1.2 TB of expired media (the purge had been paused since the March upgrade).", false},
		{"Changed the proxy setting and now nothing prints.", false},
		{"Changed the proxy setting, so the printers lost their route.", false},
		{"We changed the proxy setting on Friday.", false},
		{"Changed it.", false},
	})
	checkWording(t, []wordingCase{
		{"Changed the Wexcombe Lane camera profile to upload 2K previews only; originals come back on the SD cards at end of job.", staffAfter, 0, Cause},
		{"Swapped MC-K2 for the industrial-rated spare (75 °C) at 15:20 and left the cabinet door propped with a guard.", staffAfter, 0, Cause},
	})
}
