package reader

// Round 238: a sentence that opens with the writer's plan ("I'll ...",
// "We'll ...") is no restoration, whatever state it names on the way. The
// writer says what they will do: "I'll draw in the half plots separately so
// it doesn't happen again." (styles124 124-13/5), "We'll label the right
// port on the floor box so it doesn't happen again." (styles125 125-01/7, a
// customer's), "I'll take the mask off on Friday so that corner of the pitch
// is covered again, and close this ticket then if all stays quiet." (styles65
// 02/5), "I'll keep this open until tonight's scheduled run has gone
// through." (styles83 14/4, styles57 05/9), "I'll close this ticket now as
// all three sites are correct ..." (styles79 17/10, labelled closing), "I'll
// set this to resolved; ..." (styles21 17/6, closing). "restored words",
// "recovery report" and "thing at work again" read the state words ("happen
// again", "gone through", "correct", "resolved"); the writers label the
// sentence nothing (or closing): 7 false restorations in 7 tuning sets, and
// no true or missed restoration opens with the plan. A plan after a state
// told first stays ("All still logging fine on my side, so I'll close this.",
// styles25, true). A shape that is no restoration whichever reads it
// (notRestored: the rules and the model).

// planOpening reports whether a sentence (ts, its tokens) opens with "I'll",
// "We'll", "I will" or "We will".
func planOpening(ts []string) bool {
	switch {
	case len(ts) == 0:
		return false
	case ts[0] == "i'll" || ts[0] == "we'll":
		return true
	}
	return len(ts) > 1 && (ts[0] == "i" || ts[0] == "we") && ts[1] == "will"
}
