package reader

import (
	"slices"
	"strings"
)

// Round 136: the terse note that the thing is live, "<thing> live" with
// nothing after "live" but the clause's end or the clock time it went live
// at, the same frame as round 120's thing back (restored_thing_back.go,
// whose clause end and subject tests it shares). Rows the writers label
// restored and the rules missed:
//
//   - "Rule live." (styles69, staff);
//   - "Lock audit: no change from barrebook-sync overnight, spring code
//     live." (styles92, staff);
//   - "restarted client, data live, no banner" (styles100, the customer);
//   - "Swap live 00:00 on 18/18, verified on screenshots from 3 players."
//     (styles101, staff).
//
// Over every tuning styles sentence the frame takes no row labelled
// otherwise. Left unread, as the labels split or name a step: "live" with a
// place after it ("SAML config live in Aspen, local passwords off.",
// styles102, fix; "Gateway and its 4G router live in the cabinet ...",
// styles39, none; "... live on our range from 11:40", styles42, fix; and
// the one true row of the form, "audio meter live on FEN-CH1 at 18:34",
// styles91; "the sharing restriction has been live on all client drives
// since 18:10", styles5, fix), and "Live" capitalised (a name in a
// signature, "Couples Team, Encore Live", styles66). Refused by the subject test: a step to live ("Applied to live
// 17:40", "Promoted to live 07:41."), a pronoun ("once it's live", "they
// live local"), a plan ("Scheduled for live tomorrow 08:00.", "should be
// live"), a negation; by the clause end: a contrast ("stream is live but no
// sound"), a date ("isn't live until 2 November"), a noun after it ("live
// blog", "live studies"). The caller refuses automatic notices.

// thingLive reports the terse note that the thing is live (see above).
func thingLive(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 40 || !slices.Contains(ts, "live") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	low := strings.ToLower(text)
	for at := nextWholeWord(low, "live", 0); at >= 0; at = nextWholeWord(low, "live", at+4) {
		if text[at] != 'l' {
			continue // "Couples Team, Encore Live": a name
		}
		if liveEndsClause(low[at+4:]) && backSubject(low[:at]) {
			return true
		}
	}
	return false
}

// liveEndsClause reports nothing after "live" but the clause's end or a clock
// time right after it ("live 00:00", "live at 09:10", "live as of 11:20");
// not a place ("live on FEN-CH1 at 18:34", "live on our range from 11:40").
func liveEndsClause(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	if rest == "" || strings.ContainsRune(",.;!)", rune(rest[0])) {
		return true
	}
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k < 3; k++ {
		if clockWord(strings.TrimRight(ws[k], ",.;)")) {
			switch k {
			case 0:
				return true
			case 1:
				return ws[0] == "at" || ws[0] == "from" || ws[0] == "since"
			default:
				return ws[0] == "as" && ws[1] == "of"
			}
		}
	}
	return false
}
