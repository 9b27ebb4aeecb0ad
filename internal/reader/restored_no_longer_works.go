package reader

// A thing that no longer works, told as the cause (round 98, docs/quality.md
// "Round 98"): "the refresh token is no longer valid", "so they no longer
// recognise our format", "a version the bank side no longer accepts", "so
// AudenaFit could no longer see the device". The restoration rules read "no
// longer" as a fault gone ("the redirect no longer happens"); here what is no
// longer so is the thing at work, and the sentence tells the fault. Tuning
// rows, labelled cause (or problem, none) and read as restored before
// (-styleserrorstp, every tuning set): styles8 14 ("... no longer holds a
// Direct Debit instruction"), styles8 23 and styles52 12 ("... is no longer
// valid", quoted from a screen), styles9 17 and styles28 01 ("no longer
// recognise"), styles17 09 ("is no longer valid"), styles24 15 ("could no
// longer see"), styles49 13 ("no longer accepts"), styles68 01 ("no longer
// agree"), styles81 10 ("no longer includes", "no longer list"), styles87 11
// ("'no longer valid' text"): 12 rows in 10 sets, six of them the first
// restoration of their ticket (styles8 14 and 23, 17 09, 28 01, 81 10, 87 11). No true
// restoration over the tuning sets has the shape: the true rows of "no
// longer" name the fault after it ("no longer happens", "no longer shows
// insufficient daily rest", "no longer sets itself at 23:00") or a need
// ("no longer needed").

// noLongerWorkWords, after "no longer" (and a form of "be"), are the thing
// at work that stopped.
var noLongerWorkWords = newWordSet(map[string]bool{"valid": true, "holds": true, "hold": true, "recognise": true,
	"recognises": true, "recognize": true, "recognizes": true, "accepts": true, "accept": true, "accepted": true,
	"agree": true, "agrees": true, "includes": true, "include": true, "list": true, "lists": true,
	"supports": true, "support": true, "supported": true, "works": true, "work": true, "working": true,
	"exists": true, "exist": true, "available": true, "matches": true, "match": true, "connects": true,
	"connect": true, "reaches": true, "reach": true})

// noLongerWorks reports a thing at work no longer so (see above); "could no
// longer <verb>", a past inability, is the fault whatever the verb.
func noLongerWorks(ts []string) bool {
	for j := 1; j+1 < len(ts); j++ {
		if ts[j] != "longer" || ts[j-1] != "no" {
			continue
		}
		if j >= 2 && ts[j-2] == "could" {
			return true
		}
		k := j + 1
		if beForms.has(ts[k]) && k+1 < len(ts) {
			k++
		}
		if noLongerWorkWords.has(ts[k]) {
			return true
		}
	}
	return false
}

// beForms are the forms of "be" between "no longer" and a state.
var beForms = newWordSet(map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true})
