package reader

import "strings"

// Round 39: a step told as having failed is no remedy. Staff own that an
// earlier step did not last: "Restart didn't hold." (styles25, styles47),
// "Restart only flushed the retries." (styles44), "sorry about this - my fix
// yesterday only dealt with the symptom." (styles38), "Yesterday's fix only
// cleared it for the day." (styles29), "our first fix only lasted one
// night." (styles34), "Backups fine, yesterday's fix only bought time."
// (styles50). The step word is the subject and "only" or "didn't hold"
// follows: the sentence reports the step's failure (a recurrence or its
// cause follows), and a report quoting it as the remedial step would quote
// the step that failed.
//
// Round 110 widens it to the same report in other words, counted over every
// tuning set (styles to styles94, -styleserrorstp): 7 false fix rows in 6
// sets, no true one: "A restart only clears it for a while." (styles25, the
// present), "Releasing by hand won't stick." (styles38, an -ing step and
// "won't"), "sorry about that, yesterday's fix treated the symptom only."
// (styles50), "Please accept my apologies; my fix yesterday did not go far
// enough." (styles68), "Clearing cache only helps for smaller photos." and
// "Sorry - yesterday's fix was the wrong one." (styles88), "Restart didn't
// fix it for good." (styles92). These new readings need no step after them
// ("but", "so", "then", "instead", "i've", "we've"): "Clearing the cache
// didn't help, but reinstalling did." keeps its fix. The one true row with
// "won't hold" has no step word before it ("... marked your shop so the word
// won't hold your listings again", styles28).

// failedStepNouns name a remedial step as a thing that can fail to last.
var failedStepNouns = newWordSet(map[string]bool{"fix": true, "restart": true, "reboot": true, "reset": true,
	"correction": true, "removal": true, "resend": true, "bounce": true, "workaround": true,
	"reinstall": true, "refresh": true, "change": true, "patch": true,
	// round 110: the step told by its -ing form
	"clearing": true, "releasing": true, "restarting": true, "rebooting": true, "resetting": true,
	"reinstalling": true, "refreshing": true, "resending": true})

// failedLinks follow a step noun in a failure told.
var failedLinks = newWordSet(map[string]bool{"only": true, "didn't": true, "didn’t": true, "did": true,
	"won't": true, "won’t": true, "wouldn't": true, "will": true, "was": true})

// stepOnlyPresent are the present verbs after "only" in round 110's reading
// ("A restart only clears it for a while.").
var stepOnlyPresent = newWordSet(map[string]bool{"clears": true, "helps": true, "fixes": true, "works": true,
	"lasts": true, "buys": true, "masks": true, "hides": true})

// stepFailedNow are the verbs after "didn't"/"did not" or "won't"/"will
// not" in round 110's reading ("Restart didn't fix it for good.").
var stepFailedNow = newWordSet(map[string]bool{"hold": true, "stick": true, "last": true, "help": true, "work": true,
	"fix": true, "solve": true, "cure": true})

// failedStepVerbs after "didn't"/"did not" tell a step that did not last.
var failedStepVerbs = newWordSet(map[string]bool{"hold": true, "stick": true, "last": true, "help": true, "work": true})

// stepFailed reports whether a sentence tells a step that failed (see
// above): a step noun within its first six words, then "only" and a past
// verb, or "didn't"/"did not" and hold, stick, last, help or work; or, with
// no step after it (round 110), "only" and a present verb, "didn't", "did
// not", "won't" or "will not" and a verb of stepFailedNow ("did not go far
// enough" too), "was the wrong one" or "was not enough", or a past verb and
// "the symptom(s)".
func stepFailed(ts []string) bool {
	for i := 0; i < min(len(ts)-2, 6); i++ {
		if !failedStepNouns.has(ts[i]) {
			continue
		}
		ing := strings.HasSuffix(ts[i], "ing") // round 110's -ing steps need no step after them
		j := i + 1
		if j < len(ts) && (ts[j] == "yesterday" || ts[j] == "earlier" || ts[j] == "this" || ts[j] == "morning") {
			j++
			if j < len(ts) && ts[j] == "morning" {
				j++
			}
		}
		if strings.HasSuffix(ts[i], "ing") {
			// the -ing step's object or manner first: "Clearing cache only
			// helps ...", "Releasing by hand won't stick."
			for j < min(len(ts), i+4) && !failedLinks.has(ts[j]) {
				j++
			}
		}
		if j+1 >= len(ts) {
			return false
		}
		switch ts[j] {
		case "only":
			v := ts[j+1]
			if len(v) > 3 && (v[len(v)-2:] == "ed" || v == "bought" || v == "took" || v == "dealt" || v == "held") {
				return !ing || noStepAfterFailed(ts, j+2)
			}
			return stepOnlyPresent.has(v) && noStepAfterFailed(ts, j+2)
		case "didn't", "didn’t":
			if failedStepVerbs.has(ts[j+1]) {
				return !ing || noStepAfterFailed(ts, j+2)
			}
			return stepFailedNow.has(ts[j+1]) && noStepAfterFailed(ts, j+2)
		case "did":
			if ts[j+1] != "not" || j+2 >= len(ts) {
				return false
			}
			if failedStepVerbs.has(ts[j+2]) {
				return !ing || noStepAfterFailed(ts, j+3)
			}
			return (stepFailedNow.has(ts[j+2]) || ts[j+2] == "go" && j+3 < len(ts) && ts[j+3] == "far") && noStepAfterFailed(ts, j+3)
		case "won't", "won’t", "wouldn't":
			return stepFailedNow.has(ts[j+1]) && noStepAfterFailed(ts, j+2)
		case "will":
			return ts[j+1] == "not" && j+2 < len(ts) && stepFailedNow.has(ts[j+2]) && noStepAfterFailed(ts, j+3)
		case "was":
			if j+3 < len(ts) && ts[j+1] == "the" && ts[j+2] == "wrong" && ts[j+3] == "one" ||
				j+2 < len(ts) && ts[j+1] == "not" && ts[j+2] == "enough" {
				return noStepAfterFailed(ts, j+2)
			}
			return false
		}
		if v := ts[j]; len(v) > 3 && v[len(v)-2:] == "ed" {
			for k := j + 1; k < min(len(ts), j+4); k++ {
				if ts[k] == "symptom" || ts[k] == "symptoms" {
					return noStepAfterFailed(ts, k+1)
				}
			}
		}
		return false
	}
	return false
}

// noStepAfterFailed reports whether no other step follows a failed one from
// k on (round 110): no "but", "so", "then", "instead", "i've" or "we've".
func noStepAfterFailed(ts []string, k int) bool {
	for _, t := range ts[min(k, len(ts)):] {
		switch t {
		case "but", "so", "then", "instead", "i've", "we've":
			return false
		}
	}
	return true
}
