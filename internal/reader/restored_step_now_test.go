package reader

import "testing"

func TestStepUnderWayNow(t *testing.T) {
	staff := []string{
		"Re-running the sync by hand now.",
		"Sending the open command now.",
		"Restarting both now.",
	}
	anyone := []string{
		"She's going in now.",
		"Read her the sticker number from the implant form, matches the dog's chip, so it's Mr Sowerby's dog; she is ringing him now.",
		"We have a spare cable, he is connecting now",
	}
	refused := []string{
		"Working on both, queue's going down now.",   // the last clause is the result
		"They're running now.",                       // "they" may be the things
		"They're showing as delivered now.",          // a thing's state
		"She's back up and running again now.",       // a state after the verb
		"The queue is going down now.",               // a thing at work
		"Sending the open command.",                  // no "now"
		"I've restarted it and it's sending now.",    // the thing at work
		"He's working now.",                          // a person or a thing at work
		"Looking now, it's printing fine again now.", // the last clause is a state
	}
	for _, s := range staff {
		if !stepUnderWayNow(s, tokens(s, nil), true) {
			t.Errorf("staff step not read: %q", s)
		}
		if stepUnderWayNow(s, tokens(s, nil), false) {
			t.Errorf("subjectless step read for the customer: %q", s)
		}
	}
	for _, s := range anyone {
		if !stepUnderWayNow(s, tokens(s, nil), false) {
			t.Errorf("step not read: %q", s)
		}
	}
	for _, s := range refused {
		if stepUnderWayNow(s, tokens(s, nil), true) {
			t.Errorf("read as a step under way: %q", s)
		}
	}
}
