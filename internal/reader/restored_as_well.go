package reader

import "strings"

// Another thing as well (round 64, docs/quality.md "Round 64"): a short
// sentence that names one more thing and ends in "too" or "as well", after a
// restoration or a fix told earlier in the same message or in staff's last
// message, borrows that state: the writer adds a place, a device or a view
// where the service is back, often with no verb at all:
//
//   - "He tried it on B-09 while I held on the phone - opens. Bike store
//     too." (styles32 05);
//   - "Yes working now, 3 contactless this afternoon no problem. Prestatyn
//     ok too." (styles36 13);
//   - "Synced, Hollow Bar shows £3 now. VIP bar too." (styles66 05);
//   - "Perfect, thank you. Looks right on the app too." (styles29 13);
//   - "drag and drop working too" (styles35 08), the customer's second line
//     after "oh its fast again now".
//
// Refused: a fault or a negation ("the site router too" after "gone" is the
// first sentence's fault, so the context must be a remedy; "not the VIP bar
// too", "VIP bar down too"), a courtesy ("thanks from me too", "same to you
// too", "Appreciate the credit too."), an auxiliary alone ("have too."), the
// writer's step told first ("Updated key on Hinckley profile too.",
// styles4 06; "Saved it as a preset as well.", styles45 09; labelled fix), a
// question, the future or a request (restoreStops), and anything longer
// than six words, where the sentence says its own state.
//
// Over the tuning sets it reads 6 labelled rows more (the five above and
// "She's paid too.", styles11 06, after "Kerry's reset email came through")
// and one false one, a customer's upload labelled fix ("Prof. Hale's review
// is uploaded too.", styles47 15).

// asWellStops refuse another thing as well: restoreStops, a negation, a
// courtesy, a fault the earlier sentence may have named.
var asWellStops = withReportStops("not", "no", "never", "isn't", "aren't", "wasn't", "doesn't", "don't", "didn't",
	"can't", "cannot", "won't", "same", "thanks", "thank", "thx", "cheers", "me", "glad", "sorry", "happy", "hope",
	"down", "offline", "error", "errors", "gone", "missing", "charged", "problem", "issue", "affected", "test",
	"appreciate", "appreciated", // "Appreciate the credit too." (styles61 06)
	"have", "has", "do", "did", "does", "am") // an auxiliary alone: "have too." (styles3 01)

// asWell reports the form above; the caller checks that a remedy or a
// restoration came before.
func asWell(ts []string) bool {
	n := len(ts)
	switch {
	case n >= 2 && n <= 6 && ts[n-1] == "too":
	case n >= 3 && n <= 7 && ts[n-2] == "as" && ts[n-1] == "well":
	default:
		return false
	}
	if strings.HasSuffix(ts[0], "ed") {
		return false // the writer's step: "Updated key on Hinckley profile too." (styles4 06), "Saved it as a preset as well." (styles45 09)
	}
	for _, t := range ts {
		if asWellStops[t] || restoreStops[t] {
			return false
		}
	}
	return true
}
