package reader

import "strings"

// Round 255: a sentence that opens on "Since <an event>," or "Since then"
// tells what has held from that event on, a state or a cause, not a step
// taken: "Since the new reader went in on Thursday, HXW-01 has logged 6 'no
// card read' events in four days, ..." (styles37 09/5), "Since you moved
// crossedwires.fm to Cloudflare, the 'feed' record has been set to Proxied
// ..." (40 11/8), "Since then the networks have been rejecting anything sent
// under that name." (74 01/7), "Since the rules changed for holiday years
// starting after 1 April 2024, irregular-hours workers can be paid ..." (81
// 16/2), "Since we set 60 s yesterday at 14:00, none of the three tools has
// dropped offline." (107 14/5), "Since ReportVault notifications moved to
// their new sending pool on 29 Sep, every message ... has been rejected ..."
// (131 07/4) were read fix. Over every tuning set: 6 false fixes in 6 sets
// against 1 true one, which has no comma ("Since v2.2 a plugin can implement
// `FuncProvider` ...", styles 19/1, an instruction; it stays).

// sinceOpening reports whether a sentence (text, ts its tokens) opens on
// "since then", or on "since" with a comma closing the opening clause.
func sinceOpening(text string, ts []string) bool {
	if len(ts) < 4 || ts[0] != "since" {
		return false
	}
	return ts[1] == "then" || strings.IndexByte(text, ',') > 0
}
