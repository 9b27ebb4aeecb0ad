package reader

// Round 243: staff who tell that they asked someone to do a thing report a
// request, not a step taken (docs/labelling.md: a proposed step not done is
// no fix; a third party's remedy is a fix when it is told done). "Asked
// Integration to re-send all notices after record 3,208 of that batch."
// (styles109 06/3), "Asked Product to add a "data pending upload" warning
// ..." (113 18/10), "I've asked our field engineer to swap the input card
// on VP-North at the maintenance visit on 12 May." (116 18/5), "Asked Maya in
// Finance to sign off a £40k limit ..." (127 02/2), "Asked Lanterne to move
// MilkOrder to the v2 address today." (130 15/4). Over every tuning set the
// shape ("asked", optionally after "I've", "I", "we've", "we" and "also",
// then whom and "to" within five words) is read fix 38 times: 24 false in
// 19 sets (12 of them from styles91 on), 14 true in 14 sets (2 from styles91
// on: "Asked Priyanka (onsite) to swap Scanner 3 for the spare.", 91; "Asked
// Dave to power-cycle the kiosk at the isolator.", 127). Round 128's
// raisedWith and round 238's raisedWithParty take "raised with"; a request
// put to the customer's own people ("asked him/her/them to ...") is the
// instruction the customer carries out and stays, as does "asked the ..."
// (the caller, the site).

// askedPartyTo reports whether a sentence (ts, its tokens) tells that the
// writer asked someone named, not him, her, them, you or "the ...", to do
// something (see above).
func askedPartyTo(ts []string) bool {
	i := 0
	if i < len(ts) && (ts[i] == "i've" || ts[i] == "i" || ts[i] == "we've" || ts[i] == "we") {
		i++
	}
	if i < len(ts) && ts[i] == "also" {
		i++
	}
	if i+2 >= len(ts) || ts[i] != "asked" {
		return false
	}
	switch ts[i+1] {
	case "him", "her", "them", "you", "the", "caller":
		return false
	}
	for _, t := range ts[i+1 : min(len(ts), i+6)] {
		if t == "to" {
			return true
		}
	}
	return false
}
