package reader

// Round 107: the writer waiting on someone. Helpdesk staff's status update
// opens on their own waiting: "waiting the ph_user to publish a new
// release.", "dears, we are waiting the bank to prepare the database in
// order to proceed ...", "we are still waiting for feedback from our team on
// when we can implement the solution." What they wait for is often a remedy
// ("a new release", "the fixes", "implement the solution"), which the rules
// or the model read as the fix; the sentence reports none taken. Counted on
// the Mendeley tuning splits (dev, heldout, fresh; `-r107dump`, not
// committed): 17 false fix rows in 10 tickets, no true one:
//   - dev 1006288 13.0, 14.0, 40.0 ("waiting the ph_user to publish a new release.")
//   - dev 1006058 26.0, 27.0 ("dears, we waiting the ph_user to provide us with new gateway jar fix.")
//   - dev 1005778 15.0 ("please note that we are waiting the bank to prepare the database ...")
//   - heldout 1008322 33.2-36.2, 1005731 21.1, 1005715 10.1, 1006809 9.1,
//     1008968 8.1 ("please note that we are waiting for the developer to
//     prepare the artifacts and once done we will deploy it."), 1007137 23.1
//   - fresh 1009661 17.1, 18.1
// The Mendeley writers label it investigation, a chase or nothing; the true
// fixes with "waiting" tell the step first ("the fix deployed on production,
// waiting your feedback", heldout 1010047 23.1) and do not open on it. On the
// styles tuning sets (styles to styles90) 31 sentences open so, all a
// monitor's "We're waiting for your reply" or staff's "Still waiting on
// Lancaster", none labelled or read a fix.
//
// The shape: after openers ("dears", "greetings", "sure", "please/kindly
// note (that)"), "waiting" as the first verb, perhaps after "we/I", "are/am"
// and "still" ("we waiting" too, as these writers put it); and no perfect of a
// step later in the sentence ("..., and we've restarted it"). Refused among
// classify's refusals and in modelVeto's fix guard. The cheap test is the
// token "waiting" among the first eight.

// waitingOn reports whether a sentence opens on the writer waiting on
// someone or something, with no step of theirs told after it.
func waitingOn(ts []string) bool {
	w := -1
	for i := 0; i < len(ts) && i < 8; i++ {
		if ts[i] == "waiting" {
			w = i
			break
		}
	}
	if w < 0 {
		return false
	}
	k := 0
	for k < w {
		switch ts[k] {
		case "dears", "dear", "greetings", "sure", "ok", "okay", "noted", "so", "and", "also":
			k++
			continue
		case "please", "kindly":
			if k+1 < w && ts[k+1] == "note" {
				k += 2
				if k < w && ts[k] == "that" {
					k++
				}
				continue
			}
		}
		break
	}
	if k < w && (ts[k] == "we" || ts[k] == "i") {
		k++
		if k < w && (ts[k] == "are" || ts[k] == "am") {
			k++
		}
	} else if k < w && (ts[k] == "we're" || ts[k] == "i'm") {
		k++
	}
	if k < w && ts[k] == "still" {
		k++
	}
	if k != w {
		return false
	}
	for i := w + 1; i+1 < len(ts); i++ {
		switch ts[i] {
		case "i've", "we've", "have", "has":
			j := i + 1
			for j < len(ts)-1 && (ts[j] == "also" || ts[j] == "just" || ts[j] == "now" || ts[j] == "already") {
				j++
			}
			if len(ts[j]) > 3 && ts[j][len(ts[j])-2:] == "ed" {
				return false
			}
		}
	}
	return true
}
