package reader

// Round 238: a goodwill gesture fronted as such is no remedy. Staff make
// amends for the trouble and say so first: "As an apology I've added a free
// hot-tub upgrade to your account for your next visit." (styles125
// 125-15/4), "As a gesture of goodwill we have waived the buyer's premium on
// your next purchase." (styles123 123-06/5), "As an apology we've added 25
// pounds to this month's Flex payment." (styles80 80-15/7), "As an apology I
// have also put two complimentary Premier badges ... in your name ..."
// (styles63 17/4), "As an apology I've added two free day passes to your
// account ..." (styles39 16/5). The step done is the writer's, so "remedy
// done", "perfectAnyStep" and "fix words" read a fix; what it mends is the
// customer's goodwill, not the fault, and the writers label it nothing: 5
// false in 5 tuning sets, no true row or missed fix opens so. A gesture told
// after the remedy in the same sentence, or named at its end ("I've also
// refunded the first night to your card as an apology.", styles118,
// labelled fix), is not refused: only the fronted purpose says the step is
// the gesture alone. Refused among classify's fix refusals for staff and in
// modelGuards' fix guard.

// goodwillFronted reports whether a sentence (ts, its tokens) opens with
// "as an apology", "as a gesture of goodwill", "as a goodwill gesture" or
// "by way of (an) apology".
func goodwillFronted(ts []string) bool {
	at := func(i int) string {
		if i < len(ts) {
			return ts[i]
		}
		return ""
	}
	switch {
	case at(0) == "as" && (at(1) == "an" || at(1) == "a"):
		return at(2) == "apology" || at(2) == "goodwill" || at(2) == "gesture" && at(3) == "of" && at(4) == "goodwill"
	case at(0) == "by" && at(1) == "way" && at(2) == "of":
		return at(3) == "apology" || at(3) == "an" && at(4) == "apology"
	}
	return false
}
