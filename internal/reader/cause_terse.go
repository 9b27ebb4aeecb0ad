package reader

// stateWithCount reports whether a cause phrase is a state that a number
// may follow as its measure ("pool exhausted (200/200)", "disk full 100%",
// "the quota exceeded 5000"), not a connective whose number would be a
// date ("due to 28-4-2022"): its last word is not a preposition.
func stateWithCount(p []string) bool {
	switch p[len(p)-1] {
	case "to", "of", "by", "from", "because", "for", "in", "at", "on", "after", "with", "is", "was", "the", "a", "an":
		return false
	}
	return true
}

// Terse notes of a component's fault with its time: staff's internal notes
// state the mechanism without a verb or a cause word ("GW-2 offline since
// 11:52, no ping", "uplink port err-disabled since 02:20", "PSU dead since
// the storm", "SIM suspended 03/03 for non-payment"). The time anchors the
// state as a finding about when the component failed.

// timedStates are the fault states a terse note gives a component without
// "was" or "is"; true for the ones that a count or a date may follow ("PSU
// dead, output 0V", "SIM suspended 03/03"), false for the ones that need
// "since" to be the component's state and not a reading ("queue down to
// 120").
var timedStates = map[string]bool{"dead": true, "err-disabled": true, "errdisabled": true, "tripped": true,
	"drifted": true, "suspended": true, "hung": false, "offline": false, "down": false}

// timedStateBits marks timedStates' words (wordBits): timedState asks the
// map only of a word whose bit is marked (round 258; the same answers, a
// word unmarked is none of them).
var timedStateBits = func() (b wordBits) {
	for w := range timedStates {
		b.add(w)
	}
	return b
}()

// timedSubjects are the words before the state that make it not a
// component's: a person, the ticket, the service as the reader sees it.
var timedSubjects = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "it": true, "this": true, "that": true,
	"ticket": true, "case": true, "request": true, "they": true, "he": true, "she": true, "was": true,
	"were": true, "is": true, "are": true, "not": true, "still": true, "be": true, "been": true, "got": true,
	"site": true, "website": true, "service": true, "services": true, "system": true, "systems": true,
	"everything": true, "all": true, "app": true, "portal": true, "users": true, "customers": true,
	"and": true, "or": true, "had": true, "has": true, "have": true})

// timedFault reports whether a staff sentence is a terse note of a
// component's fault with its time: a fault state (timedStates) right after
// a noun, no verb before it, and within three words after it "since" or,
// for the states a count may follow, a number (a time, a date, a reading). Not negated or hedged, and not
// the service as the reader sees it ("site down since 06:00" restates the
// symptom).
func timedFault(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 3 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || !timedState(ts) {
		return false
	}
	// the negations last: they look up a phrase at every word, and few
	// sentences hold a timed state
	return !negAt(ts, 0, len(ts)) || noAfter(ts)
}

// timedState reports a state with its time: "down since 08:41", "offline
// 40 min" (see timedFault).
func timedState(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		if !timedStateBits.may(ts[k]) {
			continue
		}
		counted, ok := timedStates[ts[k]]
		if !ok || timedSubjects.has(ts[k-1]) || k+1 < len(ts) && ts[k+1] == "mode" {
			continue // "running in offline mode since 08:41" is a mode chosen
		}
		for _, w := range ts[k+1 : min(len(ts), k+4)] {
			if w == "since" || counted && w != "" && w[0] >= '0' && w[0] <= '9' {
				return true
			}
		}
		return false
	}
	return false
}

// noAfter reports whether a sentence's only negations are "no" followed by
// a symptom's detail ("no ping", "no output"), which a terse note adds to
// the state.
func noAfter(ts []string) bool {
	for k, t := range ts {
		if negations.at(ts, k) && t != "no" {
			return false
		}
	}
	return true
}
