package analysis

import "strings"

// alertConsequence reports whether text, a line of an alert, tells what may
// follow from the fault rather than the fault the check found: a modal of
// the possible or the coming ("may", "might", "could", "will") or an
// impact's or action's label. "Profile containers cannot grow when the share
// is full; users may get temporary profiles." (styles50 14), "Panellists
// invited in the 18:00 wave will see error pages." (styles88 04), "Action:
// the lift alarm line may not be able to reach the call centre." (styles84
// 09) each follow the line that gives the check's reading, which is the
// problem.
func alertConsequence(text string) bool {
	if label, _, ok := field(text); ok {
		switch lower(label) {
		case "impact", "action", "affected", "effect":
			return true
		}
	}
	for _, w := range strings.FieldsFunc(lower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') }) {
		switch w {
		case "may", "might", "could", "will", "won't":
			return true
		}
	}
	return false
}
