package reader

// Round 111: the customer asked whether a step was done. Staff ask if the
// change, the workaround or a try was carried out on the customer's side:
// "kindly update if the following changes has been applied in the
// production.", "kindly updates weather the workaround has been
// implemented.", "did you try clearing the repository, deleting the batches
// from ph_technical page, refreshing the ph_technical and trying again on
// ph_name?" The step's verb makes the rules or the model read a fix; the
// writers label a question (or a chase), and no step is taken in it. Counted
// on the Mendeley tuning splits (dev, heldout, fresh; a throwaway dump, not
// committed): 3 false fix rows in 3 tickets (heldout 1007261 36.1, 1009250
// 4.1, 1010324 50.1), no true one, and 14 more of the shape read as no fix,
// none labelled one. The styles writers agree: of the tuning sentences of the
// shape (styles to styles94) none is labelled a fix, and two read as fixes
// are refused with it ("I'm wondering if the firmware was updated.", styles
// 05; "Did you manage to upload the photos, or want you to send them by
// e-mail?", styles76 08). A sentence that goes on to ask a step ("where you
// able to run the other insert command on table ph_technical anyway please
// run the below instead ...", fresh 1004440 20.2-20.4, one sentence to the
// reader and a true fix) keeps its fix.
//
// The shape: opening (after "also", "and", "so" at most) on "did", "were",
// "where" (the misspelt "were"), "was", "have" or "has", then "you",
// "anyone", "anybody" or "they", perhaps "already", and a verb of a step or
// "able"/"manage(d)" ("did you try", "were you able to run"; not "the" and a
// noun: "Did the save/change back thing yesterday morning.", styles80 06, is
// a customer's step told); or "update", "updates", "confirm", "advise",
// "let us/me know", "tell us" or "wondering" and "if", "whether" or
// "weather", then "has/have/had/was/were" (perhaps "been" or "already") and a
// participle within twelve words. Not when a request follows ("please",
// "kindly", "pls" after the asking). Refused among classify's refusals and in
// modelVeto's fix guard. The cheap test is the first word or "if"/"whether".

// stepDoneAsked reports whether a sentence asks the reader whether a step
// was done, with no request after the asking (above).
func stepDoneAsked(ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "also" || ts[k] == "and" || ts[k] == "so") {
		k++
	}
	if end := doneAskedOpening(ts, k); end > 0 {
		return !requestAfter(ts[end:])
	}
	for i, t := range ts {
		if (t == "if" || t == "whether" || t == "weather") && i > 0 && doneAskedVerb(ts, i) {
			if end := doneAskedPerfect(ts, i+1); end > 0 {
				return !requestAfter(ts[end:])
			}
		}
	}
	return false
}

// doneAskedOpening returns the index past the step asked about at k ("did
// you try"), 0 when the sentence does not open so.
func doneAskedOpening(ts []string, k int) int {
	if k+2 >= len(ts) || !doneAskedAux.has(ts[k]) {
		return 0
	}
	i := k + 1
	switch ts[i] {
	case "you", "anyone", "anybody", "they":
		i++
	default:
		return 0
	}
	if i < len(ts) && ts[i] == "already" {
		i++
	}
	if i < len(ts) && (doneAskedSteps.has(ts[i]) || participle(ts[i])) {
		return i + 1
	}
	return 0
}

// doneAskedVerb reports whether the words before "if/whether" at i ask:
// "update", "confirm", "advise", "let us/me know", "tell us", "wondering".
func doneAskedVerb(ts []string, i int) bool {
	p := ts[i-1]
	if (p == "us" || p == "me") && i > 1 {
		p = ts[i-2]
	}
	switch p {
	case "update", "updates", "confirm", "advise", "tell", "wondering":
		return true
	case "know":
		return i > 2 && (ts[i-2] == "us" || ts[i-2] == "me") && ts[i-3] == "let"
	}
	return false
}

// doneAskedPerfect returns the index past a perfect or passive of a step
// within twelve words from k ("has been applied", "was updated"), 0 when none.
func doneAskedPerfect(ts []string, k int) int {
	for i := k; i < len(ts) && i < k+12; i++ {
		switch ts[i] {
		case "has", "have", "had", "was", "were":
			j := i + 1
			if j < len(ts) && (ts[j] == "been" || ts[j] == "already") {
				j++
			}
			if j < len(ts) && participle(ts[j]) {
				return j + 1
			}
		}
	}
	return 0
}

// requestAfter reports whether a request follows the asking ("... anyway
// please run the below instead").
func requestAfter(ts []string) bool {
	for _, t := range ts {
		if t == "please" || t == "kindly" || t == "pls" {
			return true
		}
	}
	return false
}

var (
	// doneAskedAux open a question whether a step was done.
	doneAskedAux = newWordSet(map[string]bool{"did": true, "were": true, "where": true, "was": true, "have": true, "has": true})
	// doneAskedSteps are the bare verbs of a step asked about ("did you try").
	doneAskedSteps = newWordSet(map[string]bool{"try": true, "apply": true, "run": true, "able": true, "manage": true,
		"install": true, "restart": true, "contact": true, "implement": true, "clear": true, "update": true,
		"get": true, "do": true, "done": true, "proceed": true, "test": true, "execute": true, "ran": true,
		"tried": true, "got": true, "deploy": true, "upload": true, "change": true, "reset": true})
)
