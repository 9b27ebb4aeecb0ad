package reader

// Round 128: the writer's look under way. Staff open on what they are
// checking, looking into or asking for now ("I'm checking what changed on the
// VRS_RTCM32 output.", "We are checking the 4.12 upgrade script for other
// customers ...", "I'm asking our integrations team to re-run it."): a step
// of the diagnosis or a request under way, none taken. Counted over every
// tuning set (styles to styles98): 33 rows open so, none labelled fix; 5 were
// read as fix (styles12, 21, 24, 69, 96). A customer's own "We're checking
// visitors in by hand" (a workaround) is not staff's and is left.

// writerLooking reports whether a sentence opens on "I'm", "we're", "I am"
// or "we are" and then "asking", "checking" or "looking".
func writerLooking(ts []string) bool {
	k := 0
	switch {
	case len(ts) >= 2 && (ts[0] == "i'm" || ts[0] == "we're"):
		k = 1
	case len(ts) >= 3 && (ts[0] == "i" && ts[1] == "am" || ts[0] == "we" && ts[1] == "are"):
		k = 2
	default:
		return false
	}
	switch ts[k] {
	case "asking", "checking", "looking":
		return true
	}
	return false
}
