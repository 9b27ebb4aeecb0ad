package reader

// Round 104: what the writer can see. Staff open on what they observe ("I can
// see the config on your front-end switch changed at 09:52.", "I can see it
// too - connection attempts to the primary are taking up to 15s on and off."):
// a check's finding, the fault confirmed or a cause told, no step taken.
// Counted over every tuning set (styles to styles90, -styleserrorstp): 6 false
// fix rows in 6 sets, no true one:
//   - styles6 22: "I can see your site was moved from PHP 7.4 to 8.2 at 14:00
//     today as part of the platform upgrade ..."
//   - styles7 04: "I can see the config on your front-end switch changed at
//     09:52."
//   - styles13 14: "I can see it too - connection attempts to the primary are
//     taking up to 15s on and off."
//   - styles29 11: "I can see it - your renewal this morning timed out on our
//     side, ..." (labelled cause)
//   - styles41 02: "I can see the reset requests on your account, so the
//     portal is sending them."
//   - styles80 02: "I can see on our side that it has completed two defrost
//     cycles on its own since then." (labelled restored)
// Left, as the true fix that opens so is: the writer's step beside what they
// see ("I can see two card payments for that ride, and I've refunded the
// second one ...", styles31 17).

// writerSees reports whether a sentence opens on what the writer can see
// (above): "I/we can (also/now) see", and no writer's perfect after it.
func writerSees(ts []string) bool {
	if len(ts) < 4 || ts[0] != "i" && ts[0] != "we" || ts[1] != "can" {
		return false
	}
	k := 2
	if ts[k] == "also" || ts[k] == "now" {
		k++
	}
	if ts[k] != "see" {
		return false
	}
	for _, t := range ts[k+1:] {
		if t == "i've" || t == "we've" {
			return false
		}
	}
	return true
}
