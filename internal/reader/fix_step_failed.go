package reader

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

// failedStepNouns name a remedial step as a thing that can fail to last.
var failedStepNouns = map[string]bool{"fix": true, "restart": true, "reboot": true, "reset": true,
	"correction": true, "removal": true, "resend": true, "bounce": true, "workaround": true,
	"reinstall": true, "refresh": true, "change": true, "patch": true}

// failedStepVerbs after "didn't"/"did not" tell a step that did not last.
var failedStepVerbs = map[string]bool{"hold": true, "stick": true, "last": true, "help": true, "work": true}

// stepFailed reports whether a sentence tells a step that failed (see
// above): a step noun within its first six words, then "only" and a past
// verb, or "didn't"/"did not" and hold, stick, last, help or work.
func stepFailed(ts []string) bool {
	for i := 0; i < min(len(ts)-2, 6); i++ {
		if !failedStepNouns[ts[i]] {
			continue
		}
		j := i + 1
		if j < len(ts) && (ts[j] == "yesterday" || ts[j] == "earlier" || ts[j] == "this" || ts[j] == "morning") {
			j++
			if j < len(ts) && ts[j] == "morning" {
				j++
			}
		}
		if j+1 >= len(ts) {
			return false
		}
		switch ts[j] {
		case "only":
			v := ts[j+1]
			return len(v) > 3 && (v[len(v)-2:] == "ed" || v == "bought" || v == "took" || v == "dealt" || v == "held")
		case "didn't", "didn’t":
			return failedStepVerbs[ts[j+1]]
		case "did":
			return ts[j+1] == "not" && j+2 < len(ts) && failedStepVerbs[ts[j+2]]
		}
		return false
	}
	return false
}
