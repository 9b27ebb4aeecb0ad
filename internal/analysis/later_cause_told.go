package analysis

import "regexp"

// causeMarker marks a sentence that tells why the fault happened rather than
// that it is back: the writer's find announced ("Found it - the rebalancer
// hosts were built from an image with chrony disabled ..."), a consequence
// told with its reason ("..., which is why my first go only had 45"), what
// turned out, or what the writer had not known ("didnt know it was still on
// the runs").
var causeMarker = regexp.MustCompile(`^(?:[a-z]+,? )?found (?:it|the (?:problem|issue|cause|culprit|reason))\b|\b(?:which|that)(?:'s| is| was| explains)? why\b|\bturn(?:s|ed) out\b|\bdid(?:n't|nt| not) (?:know|realise|realize)\b`)

// causeTold reports whether l, a lowered sentence of a customer's later
// message, tells the cause of the fault (causeMarker): its words of a fault
// are the explanation ("chrony disabled", "still open", "still on the runs"),
// not a fault come back.
//
// Rows (each quoted as what the customer reported after the first fix):
// styles112 07 "Found it - the rebalancer hosts were built from an image with
// chrony disabled, so they'd been drifting for weeks.", styles95 12 "Two
// March incidents were still open, which is why my first go only had 45.",
// styles75 14 "ah we sold the old bus thurs and i archived it, didnt know it
// was still on the runs" (round 227).
func causeTold(l string) bool {
	return causeMarker.MatchString(l)
}
