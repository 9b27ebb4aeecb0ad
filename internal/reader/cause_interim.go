package reader

// A measure for the meantime is a workaround, not the cause, whatever
// explanation it carries: "In the meantime, the \"Print from screen\" option
// on the arrangement produces the same form with the old generator, which the
// crematorium will accept." (styles21), "In the meantime the client can
// download the file from the link instead of streaming it - that avoids the
// buffering." (styles46), "Until it's sorted, the lift staff can set the
// gates to free passage with the key switch so guests aren't held up"
// (styles19), "Tixora have put the old certificate back on our tenant's
// endpoint as a stop-gap." (styles39). A workaround named inside a cause
// keeps it ("EFB-0118 was reinstalled by hand yesterday (vendor workaround),
// which wiped the activation code", styles7).
//
// Written in round 37 (docs/quality.md, "Round 37").

// interimMeasure reports whether a sentence opens with "in the meantime",
// "meanwhile" or "until it's sorted/fixed/resolved" (within its first three
// words), or says its step is "as a stop-gap", "as a workaround" or "as a
// temporary" one.
func interimMeasure(ts []string) bool {
	for k := 0; k < len(ts) && k < 3; k++ {
		switch {
		case ts[k] == "meanwhile":
			return true
		case ts[k] == "in" && k+2 < len(ts) && ts[k+1] == "the" && ts[k+2] == "meantime":
			return true
		case ts[k] == "until" && k+2 < len(ts) && (ts[k+1] == "it's" || ts[k+1] == "that's" || ts[k+1] == "this's") &&
			(ts[k+2] == "sorted" || ts[k+2] == "fixed" || ts[k+2] == "resolved"):
			return true
		}
	}
	for k := 0; k+2 < len(ts); k++ {
		if ts[k] == "as" && (ts[k+1] == "a" || ts[k+1] == "an") {
			switch ts[k+2] {
			case "stop-gap", "stopgap", "workaround", "temporary", "interim":
				return true
			}
		}
	}
	return false
}
