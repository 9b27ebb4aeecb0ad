package reader

// Staff who put what was asked for on a test system and then live
// ("Mapping DESADV_D96A_NORDHAVN_V2 built and deployed to TEST" ... "moved
// to PROD for NORDHAVN, effective 01-06 00:00"; "I've created the Data Paper
// article type on your test site" ... "promoted test -> live"; "Workflow
// template GLV-2STEP built on test" ... "The two-step approval is live on
// your account") carry the ask out as a change of how the service works,
// tried first where it harms nothing: a change, as one staff say they made
// (changeMade) is. A test done on the live thing ("test sale cash + card
// ok", "a test call rang both rooms", "test login on the new domain works")
// names no test system, and a test system alone ("I tried one ... on the
// test site", a request, styles34 17) tells no going live.
//
// Round 253: of the tuning tickets read as service requests, 3 changes
// become changes (styles37 17, styles47 17, styles82 07: three writers);
// 1 Mendeley request is read as a change (fresh 1004667, "apply the change
// first in test, and upon the bank's confirmation we can proceed in
// prod"), and 1 Mendeley incident read as a request is read as a change
// (heldout 1006849). "in test" is not taken: staff reproduce a fault there
// as well ("re-ran his invoice in test", an incident, styles123 09) or run
// a thing in a test mode ("in test mode", a request, styles16 05).

// testSystemNouns are the nouns after "test" that name a system apart
// from the live one.
var testSystemNouns = newWordSet(map[string]bool{"site": true, "sites": true, "system": true, "systems": true,
	"environment": true, "environments": true, "server": true, "servers": true, "instance": true})

// liveWords name the system a change goes to after its test.
var liveWords = newWordSet(map[string]bool{"live": true, "prod": true, "production": true})

// onTest reports whether a staff sentence ts names a test system: "test"
// before one of testSystemNouns, or "on", "to" or "into" and "test"
// ending it.
func onTest(ts []string) bool {
	for i, t := range ts {
		if t != "test" {
			continue
		}
		if i+1 < len(ts) && testSystemNouns.has(ts[i+1]) {
			return true
		}
		if i+1 == len(ts) && i > 0 && (ts[i-1] == "on" || ts[i-1] == "to" || ts[i-1] == "into") {
			return true
		}
	}
	return false
}

// triedOnTest reports whether staff's replies name a test system (onTest)
// and the live one (liveWords). Asked only of a ticket decided a request,
// so staff's sentences are split into words only then.
func (s staffSays) triedOnTest() bool {
	var test, live bool
	var buf []string
	for _, text := range s.texts {
		if !test && mayHoldWord(text, "test") {
			buf = tokens(text, buf[:0])
			test = onTest(buf)
		}
		if !live && mayHoldWord(text, "live", "prod") {
			buf = tokens(text, buf[:0])
			for _, w := range buf {
				live = live || liveWords.has(w)
			}
		}
	}
	return test && live
}
