package analysis

import "regexp"

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
