package reader

// ChangedSomething reports whether text names a step that changed
// something: a remedial verb in its past form, participle or -ing form
// ("replaced", "re-ran", "moved to relay-b", "we are restarting"), a done
// step ("refunded", "reissued") or something brought back.
// A report of a test or a measurement ("the reader has logged 6 events",
// "Reset request to a test mailbox landed in under a minute") names none: a
// job that "ran" is no step, nor is what is "handled" by others, nor is a verb's form used as a noun ("reset
// request", "set-up"). The writer reads it to choose the remedial step it
// quotes; it sets no act.
func ChangedSomething(text string) bool {
	ws := tokens(text, nil)
	for i, w := range ws {
		if w == "ran" || w == "handled" || !(remedyForms[w] != 0 || doneSteps.has(w) || stepWords.has(w)) {
			continue
		}
		if i+1 < len(ws) && stepNouns.has(ws[i+1]) {
			continue // "reset request", "update email": a noun
		}
		return true
	}
	return false
}

// stepWords are more steps: something brought back, pushed out again, a
// release that fixes it.
var stepWords = newWordSet(map[string]bool{"brought": true, "bringing": true, "pushed": true, "re-pushed": true, "repushed": true,
	"fixes": true})

// stepNouns follow a verb's form used as a noun: "reset request", "set
// link", "update email".
var stepNouns = newWordSet(map[string]bool{"request": true, "requests": true, "link": true, "links": true, "email": true,
	"emails": true, "token": true, "code": true, "codes": true, "form": true, "window": true, "notice": true})
