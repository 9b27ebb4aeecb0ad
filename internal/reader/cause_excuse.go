package reader

import "strings"

// Apologies and delay excuses that do not veto a cause. policyWords holds
// the words of a notice about the ticket's handling: the writer's delay and
// its excuse ("sorry for the late reply due to the holidays", "we were
// busy"). Read as vetoes everywhere, those words also refused the admission
// of a fault ("Apologies - the token was linked under the wrong serial
// number", "I'm sorry, this was a mistake in the template change") and any
// cause that merely mentions a weekend, a bank holiday or a busy evening
// ("the key expired at the weekend", "a bug that ate memory on busy
// evenings"). policyNotice keeps the veto of an apology and of an excuse
// word only where the sentence speaks of the writer's delay or
// availability.

// excuseWords are the policyWords that excuse a delay and only do so when
// the sentence speaks of one.
var excuseWords = newWordSet(map[string]bool{"holiday": true, "holidays": true, "vacation": true, "weekend": true, "busy": true,
	"ramadan": true, "eid": true, "sorry": true})

// "workload" and "leave" stay vetoes everywhere: the one is as often a
// cluster's workload ("the workload had been stuck pending") as the staff's,
// the other as often a verb ("so it doesn't leave with a person") as an
// absence.

// delayWords tell that a sentence is about the writer's reply or
// availability, which an apology or an excuse word then explains.
var delayWords = newWordSet(map[string]bool{"delay": true, "delayed": true, "delays": true, "late": true, "response": true,
	"respond": true, "responding": true, "reply": true, "replying": true, "replied": true, "available": true,
	"unavailable": true, "answer": true, "answering": true, "wait": true, "waiting": true, "office": true,
	"closed": true, "away": true, "inconvenience": true, "patience": true})

// policyNotice reports whether a sentence is a notice about the ticket's
// handling: a policy word other than an apology or an excuse, or one of
// those in a sentence about the writer's delay or availability.
func policyNotice(sc *scan) bool {
	if !policyWords.hasIn(sc) {
		return false
	}
	ts := sc.ts
	p, _ := policyWords.findIn(sc)
	delay := -1
	for k, t := range ts {
		if policyWords.at(ts, k) && k >= p {
			if !excusing(t) || apologyFor(ts, k) {
				return true
			}
			if delay < 0 {
				delay = 0
				for _, w := range ts {
					if delayWords.has(w) {
						delay = 1
						break
					}
				}
			}
			if delay == 1 {
				return true
			}
		}
	}
	return false
}

// apologyFor reports whether the apology at ts[k] is for something ("sorry
// for the trouble this caused", "apologies about the confusion"): what it
// names is the inconvenience, not the fault.
func apologyFor(ts []string, k int) bool {
	if !strings.HasPrefix(ts[k], "apolog") && ts[k] != "sorry" {
		return false
	}
	for j := k + 1; j < min(len(ts), k+3); j++ {
		if ts[j] != "for" && ts[j] != "about" {
			continue
		}
		// "Sorry about this - the letterhead change removed the footer":
		// the apology points at what the sentence goes on to state.
		return !(j+2 < len(ts) && (ts[j+1] == "this" || ts[j+1] == "that"))
	}
	return false
}

// excusing reports whether a policy word is an apology or a delay's excuse.
func excusing(t string) bool {
	return excuseWords.has(t) || strings.HasPrefix(t, "apolog")
}
