package reader

// Round 44: a result written as a passive note is no fix. Staff note that a
// queue emptied or that a system's own process ran to its end, the thing
// first and the result's participle after it, with no step of theirs in the
// words: "Backlog cleared 03:55." (styles40), "Backlog drained by 09:40,
// 1,831 of the 1,847 modems have uploaded since." (styles43), "Alert
// cleared." (styles17), "Rebuild finished 07:55 yesterday, RG2 optimal."
// (styles46), "Replay finished, gateway queue at zero." (styles18), "Restore
// job finished: 236/238 restored." (styles10), "Reprocess complete, rejected
// queue at 0." (styles7). The labels read these as the restoration, not the
// fix. A step's own note stays a fix: "Replay done 08:20" (styles35),
// "resend finished at 10:12" (styles16), "the DMS upgrade finished at 12:40"
// (styles3), "OR-2234981 cleared 15:22: 48f re-spliced." (styles15), and
// a queue cleared by hand.

// resultNoteSubjects are the heads of such a note: a queue or an alarm that
// empties or clears by itself, and a process a system runs to its end.
var resultNoteSubjects = newWordSet(map[string]bool{"backlog": true, "queue": true, "queues": true, "alert": true,
	"alarm": true, "rebuild": true, "resync": true, "replay": true, "restore": true, "reprocess": true,
	"job": true, "run": true})

// resultNoteVerbs are the participles that tell the result: the queue
// emptied, the process ended.
var resultNoteVerbs = newWordSet(map[string]bool{"cleared": true, "drained": true, "emptied": true, "finished": true,
	"complete": true})

// resultNote reports whether a sentence opens with a result note (see
// above): one to three words of a noun phrase ending in a word of
// resultNoteSubjects, then a word of resultNoteVerbs; not with "manually" or
// "by hand", which tell a step ("Job queue cleared by hand").
func resultNote(ts []string) bool {
	for i, w := range ts {
		if w == "manually" || w == "hand" && i > 0 && ts[i-1] == "by" {
			return false
		}
	}
	for i := 1; i < len(ts) && i <= 3; i++ {
		if noteStops.has(ts[i-1]) {
			return false
		}
		if resultNoteVerbs.has(ts[i]) {
			return resultNoteSubjects.has(ts[i-1])
		}
	}
	return false
}
