package reader

// A check that came back fine is the evidence that something works, not the
// cause of the fault: "Checked with provider: 26/11 evening batch 231
// delivered, 0 failed." (styles76 17-no-delivery-text, labelled restored),
// "Checked 2 other HSN parents who cancelled the same week - their charges
// were removed correctly." (styles78 11-breakfast-charged-cancelled),
// "7 of 8 on 2.8.0, test tickets all OK incl. expired rejected." (styles31
// 14-west-gate-firmware, labelled fix and restored), "3.8.0 deployed on
// pipe01 and pipe02, smoke test on last night's frames passed." (styles52
// 04-pipeline-38-astrometry, labelled fix and restored). A good result beside
// a fault keeps the cause: "Your off-hire on 3 March was taken correctly by
// our Wakefield branch, but it was entered against your Ossett contract"
// (styles48 12), "the deny-list file ... had been cut short during the 04:00
// transfer, and the validators were correctly refusing it" (styles12 03),
// "Your online bid of 1,800 was received correctly ..., but it was later than
// the commission bid, so ..." (styles69 07).
//
// Written in round 72 (docs/quality.md, "Round 72"): 4 false causes on
// tuning, no true one.

// checkCameBackFine reports whether a sentence ends on a good result ("...
// correctly", "... passed", "0 failed") or says "all OK", and has no word of
// contrast, reason or fault ("but", "instead", "which", "because", "so",
// "why", "had", "not", "wrong", "cut", "failed" outside "0 failed").
func checkCameBackFine(ts []string) bool {
	n := len(ts)
	if n < 4 {
		return false
	}
	good := false
	switch {
	case ts[n-1] == "correctly" || ts[n-1] == "passed":
		good = true
	case ts[n-2] == "0" && ts[n-1] == "failed":
		good = true
	}
	for k := 0; k+1 < n; k++ {
		if ts[k] == "all" && ts[k+1] == "ok" {
			good = true
		}
	}
	if !good {
		return false
	}
	for k, w := range ts {
		switch w {
		case "but", "instead", "which", "because", "so", "why", "had", "not", "wrong", "although", "however",
			"except", "until", "still", "never", "didn't", "wasn't", "weren't", "isn't", "aren't", "cut":
			return false
		case "failed":
			if k == 0 || ts[k-1] != "0" {
				return false
			}
		}
	}
	return true
}
