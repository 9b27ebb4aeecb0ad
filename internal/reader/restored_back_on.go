package reader

// A thing back on its place or at a clock time (round 64, docs/quality.md
// "Round 64"): isBack (restored_state.go) reads "X is back" at a sentence's
// end or before "and", "now", "online" and the like; these writers go on
// with where the thing is back, or when:
//
//   - "Block C is back on the dashboard." (styles16 14);
//   - "Lab back on LIMS 08:55, paper results from the window keyed in by
//     09:30." (styles55 05);
//   - "Northlink lifted the bar and moved the SIM to the unlimited plan at
//     22:10, and the feed was back at 22:15." (styles60 15);
//   - "its back, cheers" (styles33 08), a courtesy after it, as "thanks"
//     already was.
//
// Not a verb of its own before "back" (a habit: "they usually appear back
// on the card in 3 to 5 working days", styles27 12), a fault as the subject
// ("the misreads are back on lane 3, same as yesterday.", styles19 05), a
// state only partly back ("It's back on at reduced output", styles70 14,
// labelled fix), a day or a date ("the office is back on Monday", "back on
// the 3rd": a person or a plan), an old state ("back on the old version"),
// or "at" with anything but a clock time ("back at work", "it's back at
// chapter 7", styles56 14, the fault; "back at 15 degrees" is a figure,
// which countBack and figureBack read).
//
// Over the tuning sets it reads 5 labelled rows more (and a customer's
// reply after one of them, styles10 06) and one false one, a terse note of
// a router's failover labelled none ("Router back on SIM 2 again.",
// styles54 06).

// backOnNot are the words after "back on" that make it no place the
// thing works in: a day or a date, an old state, a plan.
var backOnNot = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true,
	"sun": true, "old": true, "previous": true, "original": true, "leave": true, "holiday": true, "shift": true,
	"site": true, "call": true, "hold": true}

// backOnPlace reports the forms above for ts[m] == "back" with a word
// after it.
func backOnPlace(ts []string, m int) bool {
	if m+1 >= len(ts) || m > 1 && !isBeing(ts[m-1]) {
		return false // "they usually appear back on the card in 3 to 5 working days" (styles27 12): a habit, not a state
	}
	for _, t := range ts[:m] {
		if backFaults[t] {
			return false // "the misreads are back on lane 3, same as yesterday." (styles19 05): the fault back
		}
	}
	for _, t := range ts[m+1:] {
		if backPartial[t] {
			return false // "It's back on at reduced output with extra cooling" (styles70 14, labelled fix)
		}
	}
	switch ts[m+1] {
	case "cheers", "thx", "ta":
		return true
	case "on":
		if m+2 >= len(ts) {
			return true // "Power's back on."
		}
		n := ts[m+2]
		if n == "the" && m+3 < len(ts) {
			n = ts[m+3]
		}
		return !backOnNot[n] && !isNumber(n) && !ordinalDay(n) // not "back on the old version", "back on the 3rd"
	case "at":
		// a clock time, which tokens split at its colon: "back at 22:15"
		return m+3 < len(ts) && isNumber(ts[m+2]) && len(ts[m+2]) <= 2 && ts[m+2] <= "23" && isNumber(ts[m+3]) &&
			len(ts[m+3]) == 2 && (m+4 >= len(ts) || !unitWords[ts[m+4]])
	}
	return false
}

// backFaults are subjects that make "back" the fault's return.
var backFaults = map[string]bool{"misreads": true, "misread": true, "errors": true, "error": true, "fault": true,
	"faults": true, "alarms": true, "alarm": true, "problem": true, "problems": true, "issue": true, "issues": true,
	"crash": true, "crashes": true, "freezes": true, "drops": true, "failures": true, "timeouts": true, "bug": true,
	"duplicates": true, "warning": true, "warnings": true}

// backPartial are words of a state only partly back.
var backPartial = map[string]bool{"reduced": true, "partial": true, "partly": true, "limited": true,
	"degraded": true}

// unitWords after a number make it a figure, not a clock time.
var unitWords = map[string]bool{"degrees": true, "percent": true, "ms": true, "mb": true, "gb": true, "kb": true,
	"mbps": true, "kg": true, "bar": true, "v": true, "a": true, "c": true}

// ordinalDay reports a day of the month written as an ordinal ("3rd",
// "21st").
func ordinalDay(t string) bool {
	n := len(t)
	if n < 3 || !isNumber(t[:n-2]) {
		return false
	}
	switch t[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
