package reader

import (
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 47: fix precision, three shapes staff write that name a remedy
// without taking one. Each is refused among classify's refusals and in
// modelRefusesFix, so neither the rules nor the model read it as the fix.
//
// A fix named by its version. "Fixed in" and a version tells which release
// carries the remedy, not that anyone applied it: "Known defect in gateway
// firmware 3.8, fixed in 3.9." (styles12), "Known issue, fixed in 11.3.2."
// (styles23), "Fixed in 4.2.2 (beta), GA due mid-March." (styles24), "Fixed
// in 4.2.1." (styles32), "Same thing as KND-2291, fixed in 7.4 - they're on
// 7.3.2." (styles53), "Fixed in 5.4, which they are rolling out to tenants
// 'in the coming weeks'." (styles54), "Fixed in 5.8.2, on the App Store from
// this afternoon." (styles7), none labelled a fix. With the release done in
// the same sentence it is the fix, and the labels agree: "Fixed in v2.4.1,
// released today." (styles), "Fixed in 7.4.1, released to the repo 14:00."
// (styles11), "Fixed in 4.18.2 ..., released to Play Store tonight."
// (styles17), "This is fixed in 9.3.4, which we deployed to your production
// tenant at 11:20 today." (styles20), "That's fixed in version 4.9.2, out
// today, ..." (styles31); and with a party's step done beside it: "the
// Countdown Pro developer says they have moved their script server to a CDN
// and the slowness is fixed in version 3.4.2." (styles35). A change's number
// is no version: "Fixed in #1845, which applies defaults ..." (styles).
//
// Closing the ticket or the change "as" something. The closing note names
// what was done only as the reason for closing: "Closing as duplicate of
// #1460; ..." (styles), "Closing K8S-20904 as implemented." (styles7),
// "Closing the ticket as service is restored." (styles11), "Closing as
// rolled back." (styles26), "Closing the change as completed with one
// incident ..." (styles39), "Closing the change as implemented with
// incident; ..." (styles52), "Closing the change as implemented with one
// issue (..., fixed same morning)." (styles53); and "Closing; problem record
// PRB-0311 tracks the 5.2.3 app fix." (styles52), with nothing after the
// semicolon done by the writer. All labelled closing, none a fix. Not
// "Closing this; I've also added the calibration run to the pump-swap
// checklist ..." (styles35, a fix: a step after the semicolon), nor
// "Closing the browser app completely and reopening it should be enough."
// (styles, an instruction: no "as").
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

// round47RefusesFix reports whether a sentence read as a fix is one of the
// three shapes above; with text "" (the model guard), "Closing;" is not seen.
func round47RefusesFix(text string, ts []string) bool {
	return versionOnlyFix(ts) || closingAs(text, ts) || stepScheduled(ts)
}

// fixReleasedWords tell that the release carrying a fix was put out or
// applied.
var fixReleasedWords = map[string]bool{"released": true, "deployed": true, "installed": true,
	"applied": true, "pushed": true, "upgraded": true, "live": true}

// fixOutWhen are the times after "out" that tell a release done ("out today").
var fixOutWhen = map[string]bool{"today": true, "now": true, "tonight": true, "yesterday": true, "this": true}

// versionOnlyFix reports whether a sentence says "fixed in" and a version
// (numbers with dots, after "version" or not), with no release done in it.
func versionOnlyFix(ts []string) bool {
	at := -1
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "fixed" || ts[i+1] != "in" {
			continue
		}
		j := i + 2
		if (ts[j] == "version" || ts[j] == "release") && j+1 < len(ts) {
			j++
		}
		// a version is numbers with dots between ("3.9", "11.3.2": two
		// tokens or more); "#1845" is a change's number, not a release. A
		// tag ("Fixed in v2.3.1.") names a release already cut and stays a
		// fix, as wording_test's project-issue case has it; none of the
		// false rows above is written so.
		v := ts[j]
		if v[0] >= '0' && v[0] <= '9' && j+1 < len(ts) && ts[j+1] != "" && ts[j+1][0] >= '0' && ts[j+1][0] <= '9' {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for i, w := range ts {
		if fixReleasedWords[w] || w == "out" && i+1 < len(ts) && fixOutWhen[ts[i+1]] {
			return false
		}
		if perfectAux[w] && i+1 < len(ts) && len(ts[i+1]) > 3 && strings.HasSuffix(ts[i+1], "ed") {
			return false // "they have moved their script server to a CDN and the slowness is fixed in version 3.4.2"
		}
	}
	return true
}

// perfectAux open a step told in the present perfect ("they have moved").
var perfectAux = map[string]bool{"have": true, "has": true, "i've": true, "we've": true, "they've": true}

// closingAs reports whether a sentence opens with "Closing" and says what
// the ticket or change is closed as within its next four words, or opens
// "Closing;" with no "I"/"we" after the semicolon.
func closingAs(text string, ts []string) bool {
	if len(ts) < 2 || ts[0] != "closing" {
		return false
	}
	for _, w := range ts[1:min(len(ts), 5)] {
		if w == "as" {
			return true
		}
	}
	t := strings.TrimSpace(text)
	if len(t) > 8 && t[7] == ';' {
		switch ts[1] {
		case "i", "we", "i've", "we've", "i'll", "we'll", "i'm", "we're":
			return false
		}
		return true
	}
	return false
}

// scheduleVerbs are the participles that put a step at a later time.
var scheduleVerbs = map[string]bool{"scheduled": true, "booked": true, "planned": true}

// laterWhen are the words after "for" (or "ETA") that name a later time:
// a day, a part of one, or a clock time or a date (a number).
var laterWhen = map[string]bool{"tonight": true, "tomorrow": true, "next": true, "this": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true}

// writerSubjects are the writer's own subjects: a step of theirs in the
// sentence keeps it a fix.
var writerSubjects = map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "i'm": true, "we're": true,
	"i'd": true, "we'd": true}

// stepScheduled reports whether a sentence puts a step at a later time
// ("booked for tonight", "scheduled for 13:00", "ETA tomorrow") with no
// subject of the writer's in it.
func stepScheduled(ts []string) bool {
	at := -1
	for i := 0; i+1 < len(ts); i++ {
		w := ts[i]
		if i+2 < len(ts) && scheduleVerbs[w] && ts[i+1] == "for" {
			if n := ts[i+2]; laterWhen[n] || n[0] >= '0' && n[0] <= '9' {
				at = i
				break
			}
		}
		if w == "eta" && laterWhen[ts[i+1]] && ts[i+1] != "this" {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range ts {
		if writerSubjects[w] {
			return false
		}
	}
	return true
}

// Round 47's reading: staff talked the customer through a step in the note
// that opens a phone ticket. fix_instructions.go's talkedThrough ("Talked him
// through a calibration") is read only after the opening (imperativeFix is
// behind classify's !c.Opening), and staff's own opening note of a call
// tells the step taken on the line: "Talked her through a hard power cycle at
// the isolator in the plant room (off 60 s, on)." (styles14), "Talked him
// through cleaning the camera window with a dry cloth - ..." (styles23),
// "Talked him through opening the printer lid, ..." (styles30), "Talked her
// through power-cycling the hub (unplug 30 s)." (styles48), "Talked him
// through logging in and starting FeedStation from the desktop."
// (styles51). Every such row of the fifty-four sets is labelled a fix.
// Not "Talked him through it on the phone, ..." (styles34, a fix too, but
// talkedThrough refuses "it"), nor "Talked Steve through ..." (styles36,
// a name: one writer).

// talkedThroughOpening reports whether staff's sentence in the opening
// message is talkedThrough's form.
func talkedThroughOpening(text string, sc *scan, c Context, staff bool) bool {
	if !staff || !c.Opening || c.Role != ticket.RoleAgent || strings.HasSuffix(strings.TrimSpace(text), "?") || !talkedThrough(sc.ts) {
		return false
	}
	return formHit("fix:talkedopening", text)
}
