package reader

// A writer who needs the thing they wrote about "sorted", "fixed" or
// "working" again tells why a fault is urgent, not a thing asked for: "i
// need this sorted tonight", "so I need it sorted before our board meeting",
// "we need this sorted very quickly", "We need this working for tonight".
// requestNamed took "I need" / "we need" for an ask, and requestAsked the
// need for its frame beside any request word ("publish screen just says in
// progress ... i need this sorted tonight"). Round 113: in the tuning sets
// (styles to styles94) 3 incidents were read as service requests on this
// vote alone (styles44 17, styles75 06, styles82 01); the other
// tuning sentences so worded are in incidents (styles4 07, styles10 10,
// styles60 10, styles80 01, styles87 01, styles91 04), one in a change whose
// customer says it of a fault after the change (styles58 03). A need of a
// thing "set up" ("I need them set up in the portal", service requests) is
// no such need.

// needDoneWords are the states a fault's thing is needed in.
var needDoneWords = newWordSet(map[string]bool{"sorted": true, "fixed": true, "resolved": true, "solved": true,
	"working": true, "back": true, "looked": true, "restored": true, "repaired": true, "sorting": true,
	"fixing": true})

// needDone reports whether the need at ts[0] ("need", "needs") is of a
// thing told before ("this", "it") done with: "need this sorted", "need it
// fixed by Wednesday", "need this working again".
func needDone(ts []string) bool {
	if len(ts) < 3 || !needPronouns.has(ts[1]) || ts[1] == "to" {
		return false
	}
	return needDoneWords.has(ts[2])
}

// needDoneIn reports whether ts holds a need of a thing done with
// (needDone): the "need" of requestAsked's frame is then a fault's urgency
// ("publish screen just says in progress ... i need this sorted tonight").
func needDoneIn(ts []string) bool {
	for i, t := range ts {
		if (t == "need" || t == "needs") && needDone(ts[i:]) {
			return true
		}
	}
	return false
}
