package reader

// changeClosed reports whether a staff sentence ts closes the ticket's work
// as a change: "closing the change", "I'll close the change off", "close
// this change". Staff who close a change name what the ticket was, as a
// helpdesk's acknowledgement does when it files a change request
// (changeFiled); a change record's number alone does not, since incidents
// cite the change that caused them ("rolled back CHG-2291"). Round 59: the
// 28 tuning tickets where staff so close a change, in 22 sets (styles2, 3, 5,
// 6, 7, 8, 9, 10, 25, 32, 35, 36, 39, 41, 42, 51, 52, 53, 57, 58, 63, 64),
// are all labelled changes, and four were read as a service request or a
// question (styles5 21, styles25 18, styles51 12, styles63 16).
func changeClosed(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		switch ts[i] {
		case "close", "closing":
		default:
			continue
		}
		if (ts[i+1] == "the" || ts[i+1] == "this") && ts[i+2] == "change" {
			return true
		}
	}
	return false
}

// changeMade reports whether a staff sentence ts tells of a change staff
// made as the ticket's work: "the change I made", "a change we made on
// Monday", "I've made the changes to your template". An ask done as a
// change of how a system works for everyone is a change, not a service
// request, and staff who go on to say the change they made broke something
// ("Apologies, that one is down to the change I made") name it so. Round
// 59: the tuning tickets read as service requests whose staff so speak are
// all labelled changes (styles21 04, styles38 05, styles60 04); none is
// labelled otherwise.
func changeMade(ts []string) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] != "change" && ts[i] != "changes" {
			continue
		}
		if ts[i+1] == "i" || ts[i+1] == "we" {
			if i+2 < len(ts) && (ts[i+2] == "made" || ts[i+2] == "did") {
				return true
			}
		}
		if i >= 2 && ts[i-1] == "the" && ts[i-2] == "made" {
			return true
		}
	}
	return false
}
