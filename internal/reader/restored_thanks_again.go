package reader

// A bare "Thanks again" (round 94, docs/quality.md "Round 94"): the
// customer's closing thanks with nothing else in it, which "after a remedy"
// reads as the customer's word that the fix held. With nothing of the result
// in it the labels give it nothing. Tuning rows, labelled none and read as
// restored before (-styleserrorstp, every tuning set): "Thanks again!"
// (styles53 17, styles78 14), "Thanks again" (styles74 01), "Thanks again."
// (styles82 02): 4 rows in 4 sets. The true row of the wording carries its
// result ("Thanks again for sorting the token out this morning, payroll went
// through.", styles17 02) and stays: only thanks, "again" and their fillers
// are refused.

// thanksAgainWords are the only words of a bare "thanks again".
var thanksAgainWords = newWordSet(map[string]bool{"thanks": true, "thank": true, "you": true, "again": true, "so": true,
	"much": true, "both": true, "all": true, "many": true})

// bareThanksAgain reports a sentence of nothing but "thanks again" (see above).
func bareThanksAgain(ts []string) bool {
	if len(ts) < 2 || len(ts) > 5 || ts[0] != "thanks" && ts[0] != "thank" && ts[0] != "many" {
		return false
	}
	again := false
	for _, t := range ts {
		if !thanksAgainWords.has(t) {
			return false
		}
		again = again || t == "again"
	}
	return again
}
