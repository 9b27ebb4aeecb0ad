package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Staff's check before any fix that found the thing fine or processed
// (round 129, docs/quality.md "Round 129"): while the fault is still being
// looked into, staff report what they checked and found working ("Primary
// CPU/mem normal, disk latency normal, pgbouncer healthy.", "The
// calculation is correct.") or what their own side's record shows done
// ("On our side the emails were sent and accepted by your mail server",
// "Both payments went through at 18:57 and 18:58."). "restored words",
// "working again", "recovery report" and the model read the fine word or the
// record as the service back; with no fix or restoration read earlier in the
// ticket, none in the sentence and no word of a change of state, the labels
// give it nothing (or a cause). Tuning rows, every tuning set
// (-styleserrorstp), read as restored before and labelled none (cause:
// styles42 05; fix: 81 17):
//
//   - found fine: styles13 14, 31 12, 32 10, 36 01, 40 13, 42 05, 43 01,
//     46 03, 46 11 ("The calculation is correct."), 56 13, 58 18, 63 01, 66 18,
//     95 07;
//   - processed on our side: styles 36 ("the refund ... was processed
//     successfully ..."), 20 08, 25 12, 25 18, 26 12, 66 01, 76 14, 81 17,
//     87 13, 92 06.
//
// 24 rows in 21 sets. No true row is refused. Kept as restorations: a change of state (back,
// again, now, since, restored, resumed: "16:40 MDS0 latency back to normal on
// its own."), a test ("test print OK"), round 20's spot
// check and its verdict ("Checked room 12 against the booking system -
// matches."; it keeps styles72 18 "... checked with all 7 inns: 6 OK.", false), a sentence that also tells a fix
// ("Created reyes.j ..., sync with shore OK."), anything after a fix or a
// restoration in the ticket, a third party's confirmation ("BT have
// confirmed and the port went through at 09:12.", true), a delivery
// ("headboard delivered and signed for", true). Cost: styles13 14's "Connection
// times on the new primary are under 5ms." (round 117's measure under, which
// asks for a remedy in the ticket) is missed once the check before it no
// longer counts as one. Four older wording tests ("Monitoring reports the
// nodes as healthy.", "Bank portal shows the batch accepted.", "The print
// queue is empty.", "The terminals are printing normally.") read their
// sentence in staff's context with no remedy; they now read it after one.

// checkFineWords are the findings of a thing fine, or of a record processed
// (and "went through", checked apart).
var checkFineWords = wordSetOf("fine", "healthy", "normal", "normally", "ok", "correct", "clean", "match",
	"matches", "empty", "errors", "accepted", "succeeded", "processed")

// checkChangeWords tell a change of state or a test: the sentence is then kept.
var checkChangeWords = wordSetOf("back", "again", "now", "since", "test", "tested", "should", "anymore",
	"restored", "recovered", "resumed", "under", "confirmed", "confirms", "still", "after", "next", "second",
	"stopped", "resubmitted", "resent", "rerun", "re-run",
	"checked", "spot-checked", "verified") // round 20's spot check and its verdict stays a restoration

// checkBeforeFix reports staff's check before any fix that found the thing
// fine or processed (see above): ts are the sentence's tokens, c its
// context, acts what the rules read in it.
func checkBeforeFix(ts []string, c Context, acts Act) bool {
	if c.Role != ticket.RoleAgent || c.RemedyInTicket || c.RemedyBefore || c.AfterRemedy || acts&Fix != 0 {
		return false
	}
	if checkChangeWords.anyIn(ts) {
		return false
	}
	if checkFineWords.anyIn(ts) {
		return true
	}
	for i, t := range ts {
		if t == "went" && nextToken(ts, i) == "through" {
			return true
		}
	}
	return false
}
