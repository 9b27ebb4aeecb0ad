package reader

// Round 104: the writer's plan or offer. Staff open on what they will do or
// can do ("We'll correct the file and re-run the import tonight ...", "I'll
// keep the ticket open until after tomorrow's restart", "I can set up the
// other ten today."): a step promised or offered, not taken; most writers
// label it none (round 89 left two such rows, styles19 11 and 58 03, to the
// fix rounds). Counted over every tuning set (styles to styles90,
// -styleserrorstp): 30 false fix rows in 23 sets, 1 true:
//   - "I'll"/"we'll": styles2 25, 36; styles3 21 ("I'll check what changed in
//     the CA store."); styles4 16; styles6 10; styles8 03, 11, 21 (x2);
//     styles20 10; styles35 05; styles42 03 ("We'll keep it switched on until
//     at least 31 March ..."); styles47 02; styles53 07; styles54 01, 11;
//     styles55 02; styles58 03, 18; styles59 03, 17; styles69 10
//   - "I can": styles7 16, styles19 12, styles34 02, styles37 08, styles44 07,
//     styles60 05 ("Or I can pull it from the shore copy ..."), styles63 03,
//     styles83 14
//   - true: styles79 06 ("We'll also send out a replacement clock battery in
//     the post - ..."), labelled a fix by its writer.
// Left, as the other true fixes that open so are: a step done beside the plan
// ("I'll leave the volume at 750 GB for now and have added an alert ...",
// styles 13), a remedy offered instead of the one asked ("I'll give you a
// 20-digit code instead ...", styles48 15), and a question.

// planLeads may come before the writer's "I'll" or "I can".
var planLeads = newWordSet(map[string]bool{"thanks": true, "ok": true, "okay": true, "great": true, "sure": true, "so": true,
	"also": true, "then": true, "and": true, "or": true, "meanwhile": true})

// canObserve after "I can" tell what the writer observes, not a step offered
// ("I can see the reset requests on your account": fix_writer_sees.go).
var canObserve = newWordSet(map[string]bool{"see": true, "now": true, "also": true, "confirm": true, "tell": true,
	"hear": true, "find": true})

// writerPlan reports whether a sentence opens on the writer's plan or offer
// (above): after planLeads or "in the meantime" at most, "I'll", "we'll", or
// "I"/"we" and "will" or "can" (not "can see"); no perfect ("have" and a participle), writer's
// perfect or "instead", and not asked.
func writerPlan(text string, ts []string) bool {
	k := 0
	for k < len(ts) && planLeads.has(ts[k]) {
		k++
	}
	if k+3 < len(ts) && ts[k] == "in" && ts[k+1] == "the" && ts[k+2] == "meantime" {
		k += 3
	}
	switch {
	case k+1 >= len(ts):
		return false
	case ts[k] == "i'll" || ts[k] == "we'll":
	case (ts[k] == "i" || ts[k] == "we") && ts[k+1] == "will":
	case (ts[k] == "i" || ts[k] == "we") && ts[k+1] == "can" && k+2 < len(ts) && !canObserve.has(ts[k+2]):
	default:
		return false
	}
	if endsQuestion(text) {
		return false
	}
	for i := k + 1; i < len(ts); i++ {
		switch ts[i] {
		case "i've", "we've", "instead":
			return false
		case "have", "has", "had":
			if i+1 < len(ts) && (participle(ts[i+1]) || ts[i+1] == "been") {
				return false // a step done beside the plan
			}
		}
	}
	return true
}
