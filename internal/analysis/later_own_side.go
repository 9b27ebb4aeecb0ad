package analysis

import "regexp"

// ownSideOpener opens a customer's sentence with their own side's people as
// the subject of what they did, found or said: "Our IT says ...", "Our IT did
// push some updates ...", "Our security team has put in place ...".
var ownSideOpener = regexp.MustCompile(`^(?:[a-z]+,? )?our (?:[a-z-]+ ){0,2}?(?:it|team|department|dept|ops|devs?|developers|engineers?|network|security|admins?|supplier|provider|contractors?|electrician|it provider|it support|it team)(?: team)? (?:says|said|say|tell|tells|told|did|do|does|has|have|had|confirmed|confirm|found|think|thinks|changed|pushed|put|ran|added|rotated)\b`)

// ownSideTold reports whether l, a lowered sentence of a customer's later
// message, tells what the customer's own side did or found (ownSideOpener):
// the answer to staff's question about the cause ("Has the password of that
// user been changed ... on your side?"), whose words of a fault are that
// cause ("the records were indeed never added", "nobody has told us"). With
// "still", "again", "same" or "another" the fault stands ("Our IT says it's
// still failing").
//
// Rows (each quoted as what the customer reported after the first fix):
// styles18 15 "Our security team has put in place a rotation of 90 days for
// all the service accounts the last week, and nobody has told us.", styles26
// 06 "Our IT says the records were indeed never added, the person who
// switched the sender left the setup half done.", styles81 13 "Our IT did push
// some updates on Wednesday night, but they say nothing relating to Acrobat."
// (round 227).
func ownSideTold(l string) bool {
	if !ownSideOpener.MatchString(l) {
		return false
	}
	for _, w := range []string{"still", "again", "same", "another"} {
		if containsWord(l, w, false) {
			return false
		}
	}
	return true
}
