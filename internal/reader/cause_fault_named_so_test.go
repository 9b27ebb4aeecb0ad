package reader

import "testing"

// TestFaultNamedFirst: a sentence that opens by naming the fault keeps its
// cause when "so" then leaves work to the reader (round 256,
// cause_fault_named_so.go); the harm told, then work left, is still refused
// (round 49), and so is a reason and an instruction after "so" (round 235).
// The sentences are invented in the shapes seen.
func TestFaultNamedFirst(t *testing.T) {
	kept := []wordingCase{
		{"kindly note that the issue is that the billing system sends the amount twice so please ask your billing provider to stop sending it.", staffBefore, Cause, 0},
		{"this issue related to the branch setup where this branch was created without a region so you have to close the branch first then create it again.", staffBefore, Cause, 0},
	}
	checkWording(t, kept)
	refused := []wordingCase{
		{"Failed quotes were never saved with a premium, so brokers have to re-run them.", staffBefore, 0, Cause},
		{"Most other sites accept the file as it is, so upload the .zip without unpacking it.", staffBefore, 0, Cause},
	}
	checkWording(t, refused)
	checkPredicate(t, "faultNamedFirst", func(s string) bool { return faultNamedFirst(tokens(s, nil)) }, []predicateCase{
		{"greetings kindly note that the issue is that the file has two headers so please send it again.", true},
		{"the problem was the expired token, so you have to log in again.", true},
		{"this error relates to the old template so please use the new one.", true},
		{"the issue is not on our side so please check your network.", false}, // a denial
		{"the issue is", false}, // nothing after the verb
		{"kindly note that your file has two headers so please send it again.", false}, // no fault named
		{"an issue with the file stopped it, so please send it again.", false},         // not opened with the fault
	})
}
