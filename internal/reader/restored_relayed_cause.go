package reader

// A third party's confirmation of the cause, relayed by staff (round 94,
// docs/quality.md "Round 94"): "<party> have confirmed / confirms <what went
// wrong>". done.go reads a third party's "confirms" as a report that the
// service works ("the night manager confirms both tills are taking cards")
// unless a fault word follows; the writers also relay the party's finding
// of the cause with no such word ("the fibre was cut by the dig", "a power
// failure at their mast", "the mistake was theirs"). Such a sentence is the
// cause, not a restoration. Tuning rows, all labelled cause (or none) and read
// as restored before (-styleserrorstp, every tuning set):
//
//   - "Clearleaf have confirmed the new version was published with its
//     reporting set to ... instead of ..." (styles16 15);
//   - "the viewer vendor has confirmed a memory leak in the version we run"
//     (styles33 05);
//   - "Payvant have confirmed it: their overnight firmware push ... switched
//     off the contactless reader" (styles38 10);
//   - "The mapping supplier has confirmed the fault is in their March address
//     data" (styles54 07);
//   - "Chronodock support (Lena) confirms: the 2026.11 pack maps ... instead
//     of ..." (styles57 02);
//   - "Electrician confirms he isolated the Block" (styles70 09);
//   - "Openreach have confirmed the fibre into the park was cut by the
//     drainage dig" (styles72 02);
//   - "The mobile network's fault desk has confirmed a power failure at their
//     ... mast site from 01:39" (styles75 10);
//   - "carrier confirms batch of IoT SIMs moved to new APN overnight, old APN
//     withdrawn 05:00." (styles77 01);
//   - "Vector Technical have confirmed the mistake was theirs: ..." (styles81 15).
//
// 10 rows in 10 sets; no true restoration over the tuning sets has the shape.
// The sign of a cause is the cause the rules read in the sentence (acts), or
// a word of a cause after the confirmation ("mistake", "fault", "failure",
// "leak", "instead"). Kept as a restoration: a confirmation of the state
// after the fix ("Kore confirms the SIM is active again", "BT have confirmed
// and the port went through", "confirms they can see it"), read by its
// words of a working state after "confirm".

// confirmCauseWords, after the confirmation, name what went wrong.
var confirmCauseWords = newWordSet(map[string]bool{"mistake": true, "fault": true, "failure": true, "leak": true,
	"instead": true, "error": true})

// confirmStateWords, after the confirmation, tell the state after the fix:
// with one of them the confirmation stays a restoration.
var confirmStateWords = newWordSet(map[string]bool{"again": true, "back": true, "now": true, "working": true, "works": true,
	"work": true, "restored": true, "fixed": true, "resolved": true, "can": true, "able": true, "received": true,
	"got": true, "get": true, "see": true, "sees": true, "showing": true, "shows": true, "fine": true, "ok": true,
	"through": true, "receipt": true, "arrived": true, "normal": true, "correctly": true,
	"active": true, "live": true, "no": true, "since": true})

// relayedCauseConfirmed reports a third party's confirmation whose content is
// a cause (see above): acts are the rules' acts for the sentence.
func relayedCauseConfirmed(ts []string, acts Act) bool {
	k := -1
	for j, t := range ts {
		if t == "confirms" || t == "confirmed" || t == "confirm" {
			k = j
			break
		}
	}
	if k < 1 || !thirdParty(ts, k) || ts[k] == "confirmed" && ts[k-1] != "has" && ts[k-1] != "have" {
		return false
	}
	cause := acts&Cause != 0
	for _, t := range ts[k+1:] {
		if confirmStateWords.has(t) {
			return false
		}
		cause = cause || confirmCauseWords.has(t)
	}
	return cause
}
