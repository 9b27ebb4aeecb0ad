package reader

// The people a fault reached, named by what they did not get or cannot do,
// are the harm, not its cause: "we've had four calls today from guests
// arriving this week who never got an arrival email at all" (styles49),
// "Galway reception reports four guests this evening who never got a code"
// (styles118), "... allowed for clients who cannot read the chip"
// (styles117). Round 8's omitted and mismatch lexicons (explain.go) read
// "never got" and "cannot read" as a thing left out or a component that
// cannot take what it is given; after "who" they tell the people left
// without. Round 207 counted every tuning set's cause rows with "who" before
// a negation: these 3 false rows in 3 sets, all read by the rule
// "explained", and one true row ("... which is why members who didn't buy
// promo lines were hit too", styles7), read by another rule and not of this
// shape (no receiving verb).
//
// Written in round 207 (docs/quality.md, "Round 207").

// whoWentWithout reports whether the first omitted or mismatch phrase of the
// sentence follows "who" and ends on a verb of receiving or reading ("who
// never got", "who never received", "who didn't get the", "who cannot
// read").
func whoWentWithout(sc *scan) bool {
	for _, lx := range [...]*lexicon{omitted, mismatch} {
		i, n := lx.findIn(sc)
		if i < 1 || n < 1 || sc.ts[i-1] != "who" {
			continue
		}
		last := sc.ts[i+n-1]
		if last == "the" && n > 1 {
			last = sc.ts[i+n-2]
		}
		switch last {
		case "got", "received", "get", "read":
			return true
		}
	}
	return false
}
