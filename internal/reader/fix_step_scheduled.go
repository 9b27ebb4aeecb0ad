package reader

// A step booked or scheduled for later is no fix taken: one of the shapes
// staff write that name a remedy without taking one. Refused among classify's
// refusals and in modelRefusesFix, so neither the rules nor the model read it
// as the fix.
//
// A step booked or scheduled for a later time, with no step of the writer's:
// "Patch 2 fixes it; scheduled for Thursday evening." (styles), "Downgrade to
// 7.3.9 booked for tonight 22:00." (styles3), "The gateway firmware upgrade
// that prevents this is booked for Sunday night under CHG-1187 ..."
// (styles12), "A splicing team is booked for 13:00 and they expect to have
// it repaired by about 16:00." (styles15), "change CHG-3310 is scheduled for
// Tue 17 Feb 22:00 UTC, about 30 minutes." (styles20), "..., engineer booked
// for Tuesday." (styles23), "Server upgrade booked for 20th." (styles44),
// "Hotfix 6.4.1 to make the cap basis configurable per scheme, ETA tomorrow
// morning." (styles47), "Hotfix 4.12.1 scheduled for Wednesday night."
// (styles54). A plan is no remedy taken. One labelled fix has the shape and
// is given up: "The campaign is scheduled for Sunday 14th, 02:00-05:00, in
// batches of 10, ..." (styles6). Not "booked for you" (styles26, a booking
// made for the customer), nor an "ETA" of a count ("ordered a replacement
// fan, part ETA 5 days", styles3, a fix), nor a step the writer took ("I've
// scheduled recordings ... for Tuesdays", styles47).
//
// Written in round 47 (docs/quality.md, "Round 47").

// scheduleVerbs are the participles that put a step at a later time.
var scheduleVerbs = newWordSet(map[string]bool{"scheduled": true, "booked": true, "planned": true})

// laterWhen are the words after "for" (or "ETA") that name a later time:
// a day, a part of one, or a clock time or a date (a number).
var laterWhen = newWordSet(map[string]bool{"tonight": true, "tomorrow": true, "next": true, "this": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true})

// writerSubjects are the writer's own subjects: a step of theirs in the
// sentence keeps it a fix.
var writerSubjects = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "i'm": true, "we're": true,
	"i'd": true, "we'd": true})

// stepScheduled reports whether a sentence puts a step at a later time
// ("booked for tonight", "scheduled for 13:00", "ETA tomorrow") with no
// subject of the writer's in it.
func stepScheduled(ts []string) bool {
	at := -1
	for i := 0; i+1 < len(ts); i++ {
		w := ts[i]
		if i+2 < len(ts) && scheduleVerbs.has(w) && ts[i+1] == "for" {
			if n := ts[i+2]; laterWhen.has(n) || n[0] >= '0' && n[0] <= '9' {
				at = i
				break
			}
		}
		if w == "eta" && laterWhen.has(ts[i+1]) && ts[i+1] != "this" {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range ts {
		if writerSubjects.has(w) {
			return false
		}
	}
	return true
}
