package reader

// A decision taken at a meeting that the opening goes on to ask be carried
// out ("As agreed at Tuesday's no-access meeting, can we move the appointment
// reminder text ...", "As we discussed at the franchise meeting I'd like to
// put the big washers up from £7.50 to £8.00", "As agreed on Monday's call,
// we're bringing in the reusable cups this year") tells a planned change of
// the service's setup: the writer's body has agreed it, staff are to carry it
// out. It casts one change vote, so a request or a fault told beside it still
// weighs. Round 144: in the tuning sets (styles to styles102) the openings so
// worded are 10 changes in 10 sets (styles9 08, 16 11, 19 13, 20 05, 31 04,
// 66 05, 76 05, 77 07, 87 05, 88 05) and 2 service requests (styles90 12, a
// new host venue, already read as a change; styles93 09, a data feed asked
// with two request votes, which keep it). "As agreed" alone ("As agreed,
// please find attached the signed porting form"), "as discussed with your
// business team" and "as discussed on the phone" name no meeting and are
// refused.

// agreedAtVerbs are the words agreedAtMeeting looks for, a set made once.
var agreedAtVerbs = wordSetOf("agreed", "discussed")

// agreedAtMeeting reports whether ts tells a thing agreed or discussed at,
// in or on a meeting, call, board, committee or group: "agreed at the last
// site meeting", "discussed in the steering call", "agreed on Monday's
// call".
func agreedAtMeeting(ts []string) bool {
	if !agreedAtVerbs.anyIn(ts) {
		return false
	}
	for i, t := range ts {
		if t != "agreed" && t != "discussed" {
			continue
		}
		switch nextToken(ts, i) {
		case "at", "in", "on":
		default:
			continue
		}
		for j := i + 2; j < len(ts) && j <= i+6; j++ {
			switch ts[j] {
			case "meeting", "meetings", "call", "board", "committee", "group":
				return true
			}
		}
	}
	return false
}
