package reader

import "testing"

func TestStepDoneNote(t *testing.T) {
	checkPredicate(t, "stepDoneNote", func(text string) bool {
		var buf [64]string
		return stepDoneNote(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Patch lead replaced and link up at 07:12.", true},
		{"Bundle revoked on account, refund request RF-44120 submitted on Sony portal 10:52.", true},
		{"Drive 2 replaced under the support contract, new cleaning cartridge loaded, firmware matched to the others.", true},
		{"CrewBook account created, linked to Stn 23 crewing, skills BA, not a driver yet.", true},
		{"Token reissued at 10:40, user back in.", true},
		// near misses: a thing that did the step to an object, an agent, a
		// helper verb, a reason, a pronoun or article, a verb left out
		{"Windows Update replaced the vendor driver overnight (update history 02:14).", false},
		{"Calder replaced the outlet transducer on PRS-1147 at 06:35 today.", false},
		{"Double release created two allocation jobs on the same wave and they deadlocked.", false},
		{"Fibre cut by roadworks on the A8 at Ratho.", false},
		{"Core switch B rebooted at 06:02:30 - PSU 1 fault in its log.", false},
		{"Latch bent, replaced.", false},
		{"Drive 2 was replaced on Friday and the backups stopped.", false},
		{"Certificate renewed on Monday, so the old chain was dropped.", false},
		{"Key reissued after the old one had expired.", false},
		{"The drive replaced on Friday was the wrong model.", false},
		{"No, tokens weren't revoked.", false},
	})
	checkRuleItself(t, "stepDoneNote", stepDoneNote, []wordingCase{
		{text: "Patch lead replaced and link up at 07:12."},
	}, []wordingCase{
		{text: "Windows Update replaced the vendor driver overnight (update history 02:14)."},
	})
	checkWording(t, []wordingCase{
		{"Patch lead replaced and link up at 07:12.", staffAfter, 0, Cause},
		{"Drive 2 replaced under the support contract, new cleaning cartridge loaded, firmware matched to the others.", staffAfter, 0, Cause},
	})
}
