package reader

import "testing"

func TestWitnessSays(t *testing.T) {
	checkPredicate(t, "witnessSays", func(text string) bool {
		var buf [64]string
		return witnessSays(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Davy says picking was right, bay C14 was all there was.", true},
		{"Driver Phil says first attempt showed \"timed out\" on the handset.", true},
		{"Driver (Leeds round 7) says handheld beeps \"invalid format\", not \"no read\".", true},
		{"Lee says they struck it 27/02 and he did the strike on his phone, no signal up there so it saved offline.", true},
		// near misses: a party that found the fault, a pronoun or a thing
		// as the sayer, no sayer, a reason, a question, a long subject
		{"Antonio, the SIM provider says the SIM card in your alarm modem was suspended on 3 March.", false},
		{"Vendor (Scanpoint) says WG-T5 has the older 4GB board and 2.8.0 needs a split image for 4GB units.", false},
		{"Their tech says the swap procedure needs a pump calibration run afterwards, which wasn't done.", false},
		{"Provider says our sender ID's message template was never registered on the Indian DLT register.", false},
		{"Says the junction box for load cell 3 is full of condensation and cell 3's signal is drifting.", false},
		{"It says 'licence expired' on the login screen.", false},
		{"The log says the job timed out at 02:00.", false},
		{"Sam says it failed because the disk was full.", false},
		{"Davy says picking was right?", false},
		{"Marta had the job before reassign, PM says her laptop crashed in the middle of work.", false},
	})
	checkWording(t, []wordingCase{
		{"Driver (Leeds round 7) says handheld beeps \"invalid format\", not \"no read\".", staffAfter, 0, Cause},
		{"Sam says it failed because the disk was full.", staffAfter, Cause, 0},
	})
}
