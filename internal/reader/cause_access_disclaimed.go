package reader

// Round 107: the writer's team disclaims access or control. A policy notice
// of the helpdesk's reach is no cause: "as we explained before, the
// ph_technical is ph_name database which has the customer account
// information and we are not having any control on it.", "kindly note as
// solution is provided, tested and needs only to be deployed from your side
// as we have no access to database.", "kindly note that the old ph_technical
// schema is deprecated and we cannot guarantee it's identical from
// production, ...". The sentence says who must act, not what made the fault
// happen; a reason word in it ("as", "because") and a thing's state
// ("deprecated", "needs") make the rules read a cause. Counted on the
// Mendeley tuning splits (dev, heldout, fresh; `-r107dump`, not committed): 3
// false cause rows in 3 tickets (dev 1008598 26.1, dev 1006139 19.1,
// heldout 1009618 23.1), no true one, and 6 more staff sentences of the shape
// read as no cause, none labelled one. On the styles tuning sets (styles to
// styles90) one staff sentence has the shape, not a cause and not read as
// one. A cause that is a lack of access someone else had ("the user had no
// access to the share", "There were no access notes on your account")
// is not the writer's team and stays.
//
// The shape: "we", "I" or "our team/side" (perhaps "still"), then "are not
// having", "have/has no", "don't/do not/didn't/did not/can't/cannot have",
// "haven't/have not" (perhaps "any"), then "access" or "control"; or "we/I
// cannot/can't guarantee". Refused in notCause, so the model is bound by it
// too (modelVeto). Cheap test: the token "access", "control" or
// "guarantee".

// accessDisclaimed reports whether the writer's team disclaims access to or
// control of the thing, or any guarantee.
func accessDisclaimed(ts []string) bool {
	for i, t := range ts {
		switch t {
		case "access", "control":
			if i > 0 && disclaimedBy(ts[:i]) {
				return true
			}
		case "guarantee":
			if i >= 2 && (ts[i-1] == "cannot" || ts[i-1] == "can't") && (ts[i-2] == "we" || ts[i-2] == "i") {
				return true
			}
			if i >= 3 && ts[i-2] == "can" && ts[i-1] == "not" && (ts[i-3] == "we" || ts[i-3] == "i") {
				return true
			}
		}
	}
	return false
}

// disclaimedBy reports whether the words before "access" or "control" end on
// the writer's team's lack of it: "we are not having (any)", "we have no",
// "our team has no", "we still do not have (any)".
func disclaimedBy(ts []string) bool {
	k := len(ts)
	if k > 0 && ts[k-1] == "any" {
		k--
	}
	var lack int // words of the lack, before which the subject stands
	switch {
	case k >= 1 && ts[k-1] == "no" && k >= 2 && (ts[k-2] == "have" || ts[k-2] == "has"):
		lack = 2
	case k >= 3 && ts[k-1] == "having" && ts[k-2] == "not" && ts[k-3] == "are":
		lack = 3
	case k >= 2 && ts[k-1] == "have" && (ts[k-2] == "don't" || ts[k-2] == "didn't" || ts[k-2] == "can't" ||
		ts[k-2] == "cannot" || ts[k-2] == "haven't"):
		lack = 2
	case k >= 3 && ts[k-1] == "have" && ts[k-2] == "not" && (ts[k-3] == "do" || ts[k-3] == "did"):
		lack = 3
	case k >= 1 && (ts[k-1] == "haven't"):
		lack = 1
	case k >= 2 && ts[k-1] == "not" && ts[k-2] == "have":
		lack = 2
	default:
		return false
	}
	s := k - lack
	if s > 0 && ts[s-1] == "still" {
		s--
	}
	switch {
	case s >= 1 && (ts[s-1] == "we" || ts[s-1] == "i"):
		return true
	case s >= 2 && ts[s-2] == "our" && (ts[s-1] == "team" || ts[s-1] == "side"):
		return true
	}
	return false
}
