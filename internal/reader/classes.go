package reader

// Word classes: the verb and state classes the structural rules read (fix.go,
// restored.go), looked up once per word when a sentence is scanned, so that
// each rule tests bits instead of looking every word up in its own set.
const (
	clsRemedyPast   uint16 = 1 << iota // a remedial verb in the past or as participle ("deployed")
	clsRemedyIng                       // its -ing form ("scaling")
	clsActor                           // a subject that applies a remedy ("we", "dba")
	clsOutcome                         // "resolved", "solved", "fixed"
	clsRemedialBase                    // a remedial verb's base form, for instructions and "we change"
	clsUp                              // a state of a working service ("working", "operational")
	clsRecur                           // what a problem does when it comes back ("appear", "occurred")
	clsRemedyNoun                      // what carries a fix ("patch", "release")
	clsDelivery                        // what is done with it ("sent", "ready")
	clsFulfilled                       // the participle of a request done ("unlocked")
)

// wordClass maps a word to its classes.
var wordClass = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(b uint16, ws map[string]bool) {
		for w, ok := range ws {
			if ok {
				m[w] |= b
			}
		}
	}
	for w, k := range remedyForms {
		if k == 'p' {
			m[w] |= clsRemedyPast
		} else {
			m[w] |= clsRemedyIng
		}
	}
	add(clsActor, actors)
	add(clsOutcome, outcomeVerbs)
	add(clsRemedialBase, remedialBase)
	add(clsUp, upStates)
	add(clsRecur, recurVerbs)
	add(clsRemedyNoun, remedyNounSet)
	add(clsDelivery, deliveryWords)
	add(clsFulfilled, fulfilled)
	return m
}()
