package analysis

import "strings"

// foundFine reports whether lower-cased text opens with a check that found
// something working as it should: "Publish 22:00 completed OK in RosterPro"
// (styles7 01), "Tariff sync 02:00 completed OK, cache at 2026-03 rev 2"
// (styles10 13), "gateway is receiving from R2 fine, it's the BT value
// itself that isn't changing" (styles34 11), "Existing mandates moved fine"
// (styles72 14), "Codes issued since 16/03 look normal in our table"
// (styles74 04). What was found working is not the step that fixed the
// fault, whatever verb it is told with: it ranks with a cause (stepRank 2),
// below even an instruction ("In the meantime, if a pupil is stuck, send
// them one of the spare February codes …") and a step told with "last
// night's" ("Put keystore back from last night's backup"). Only the first clause counts: a
// step told first keeps its rank ("I've changed the headline …; the release
// on our own newswire is unchanged"; "Please update NavLoad …; the cards
// themselves are fine").
func foundFine(l string) bool {
	first := l
	for _, sep := range []string{",", ";", " - ", ": "} {
		first, _, _ = strings.Cut(first, sep)
	}
	first = " " + strings.TrimRight(first, ".!") + " "
	for _, m := range []string{" fine ", " completed ok ", " look normal ", " looks normal ", " as normal ", " unchanged "} {
		if strings.Contains(first, m) {
			return true
		}
	}
	return false
}
