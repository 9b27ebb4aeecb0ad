package reader

import (
	"regexp"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 117: two of the model veto's wording checks for a restoration
// (modelVeto, model.go) narrowed, since rounds 112 and 117 found them
// refusing restorations the writers label for words that are no hedge and
// name no test environment in the sentence.
//
// A hedge: the customer's own "I think" beside the result, and "now
// possible" (a thing enabled, not a chance). Tuning rows the model proposed,
// labelled restored, refused by the hedge alone before (3 rows, 3 sets, no
// false row with the hedge veto lifted altogether):
//
//   - "Hot water has come on at six on Saturday, Sunday and this morning, so
//     I think that's it fixed." (styles48 04, the customer);
//   - "28.30 came in today, that's October and November together I think."
//     (styles80 16, the customer);
//   - "The bank option is now possible and I have added my IBAN." (styles46
//     13, the customer).
//
// Every other hedge still refuses ("might", "should", "not sure", staff's "I
// think", "it is possible").
//
// A test environment: "sit" the verb ("now sit under ..."), read as SIT
// (system integration testing) only when written in capitals, and an
// environment named only as the comparison ("same as staging"). Rows
// (labelled restored, refused by the test environment alone before):
// styles47 12 ("... now sit under paul.hendry@... alongside your new
// application ..."), styles91 13 ("... the four meetings ... sit under it
// ..."), styles52 04 ("Residuals vs DR3 now 27 mas median on last night's
// frames, same as staging."): 3 rows in 3 sets. Lifting the veto altogether
// also read "... 10/50 ordering OK in test." (styles88 02, labelled fix) and a
// practice election "set up on the training site" (styles91 08, labelled
// restored); both still refuse.

// sitCapitals finds SIT written as the testing phase's name.
var sitCapitals = regexp.MustCompile(`\bSIT\b`)

// testEnvCompared are the words before an environment named only as the
// comparison: "same as staging", "as on test".
var testEnvCompared = newWordSet(map[string]bool{"as": true, "than": true, "like": true})

// modelHedged reports the hedge that refuses the model's restoration.
func modelHedged(sc *scan, c Context) bool {
	if !hedges.hasIn(sc) {
		return false // the cheap test
	}
	ts := sc.ts
	kept := make([]string, 0, len(ts))
	for k := 0; k < len(ts); k++ {
		switch {
		case c.Role == ticket.RoleCustomer && ts[k] == "i" && k+1 < len(ts) && ts[k+1] == "think":
			kept = append(kept, "-", "-")
			k++
		case ts[k] == "possible" && k > 0 && ts[k-1] == "now":
			kept = append(kept, "-")
		default:
			kept = append(kept, ts[k])
		}
	}
	return hedges.has(kept)
}

// modelTestEnv reports a test environment that refuses the model's
// restoration.
func modelTestEnv(text string, sc *scan) bool {
	if !testEnv.hasIn(sc) {
		return false // the cheap test
	}
	ts := sc.ts
	caps := sitCapitals.MatchString(text)
	kept := make([]string, 0, len(ts))
	for k, t := range ts {
		switch {
		case t == "sit" && !caps:
			kept = append(kept, "-")
		case k > 0 && testEnvCompared.has(ts[k-1]) && (t == "staging" || t == "test" || t == "uat" || t == "sandbox"):
			kept = append(kept, "-")
		default:
			kept = append(kept, t)
		}
	}
	return testEnv.has(kept)
}
