package analysis

import (
	"regexp"
	"strings"
)

// negatedModal is a modal verb negated: "could not be established", "will
// not take my receipts", "would not close". It tells a failure, not a plan or
// a condition: fourteen sentences of fourteen tuning writers labelled the
// problem have one ('the card page just says "Transaction could not be
// completed"', styles45 18; "Front automatic sliding door will not close",
// styles71 15; 'a secure connection could not be established', styles111
// 11), none a plan. Staff's note of a fault met during a change, 'Support are
// getting tickets from Mac users on Kinloom 7.x: "Secure connection to
// KinCloud could not be established", 9 so far.' (styles120 11), read as a
// plan by its "could" and was not quoted.
var negatedModal = regexp.MustCompile(`\b(?:could|would|will) not\b`)

// withoutNegatedModals returns l, a lowered sentence, with its negated modals
// (negatedModal) blanked, for the plan words to be sought in the rest.
func withoutNegatedModals(l string) string {
	return negatedModal.ReplaceAllString(l, " ")
}

// failsModal reports whether l, a lowered sentence, tells a failure with a
// negated modal ("could not", "will not") whose subject is not
// the writer: "Two of this morning's clients could not get past the ID step."
// (styles117 03), "the Tallyo app will not take my receipts" (styles57 06),
// both labelled, as "couldn't" and "won't" are faultWords already. The
// writer's own "we could not block it fast" (the reason a customer gives for
// a change, styles65 09, whose labelled problem is another sentence) stays
// a bare negation: none of the fourteen labelled problems has "I" or "we"
// before one.
func failsModal(l string) bool {
	for _, loc := range negatedModal.FindAllStringIndex(l, -1) {
		if strings.HasPrefix(l[loc[0]:], "would") {
			continue // "it would not matter": a supposition, not in the labelled rows
		}
		before := strings.Fields(l[:loc[0]])
		if len(before) == 0 {
			return true
		}
		if w := before[len(before)-1]; w != "i" && w != "we" {
			return true
		}
	}
	return false
}
