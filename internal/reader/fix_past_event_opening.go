package reader

import "strings"

// Round 255: a sentence that opens on "Last night's", "Last Monday's" or
// "Last month's" tells what an earlier run, window or change did - the
// background or the cause - not a step taken now: "Last Monday's update
// added a route start and end point for each technician." (styles17 07/4),
// "Last night's patch window touched both hosts." (54 01/2), "Last month's
// correction was in the report itself, so it applies to every site ..." (65
// 13/2), "Last night's refresh ran at 02:00 and all 1,216 moved members are
// still in their new branches this morning." (104 07/7, labelled restored),
// "Last night's address data load used a new release of our address
// supplier's file, ..." (132 06/6, a cause) were read fix. Over every tuning
// set: 5 false fixes in 5 sets, no fix read right opens so. Restorations are
// left alone ("Last night's incremental OK.", styles 26/6, is one).

// The same holds for "Yesterday's", "<weekday>'s" and "This morning's":
// "Yesterday's re-push sent the same broken XML." (styles101 09/6),
// "Yesterday's restart only put it back in gross mode until ..." (60 08/6),
// "Monday's LoadLine change: added product SL49 ..." (97 02/2), "This
// morning's update added the new passport number question to every booking
// form ..." (104 12/7), "This morning's purge fixed that until the scheduled
// 13:00 deploy ... overwrote the theme ..." (32 08/8): 5 false fixes in 5
// sets more, none true ("Today's 3 Brekke invoices reprinted and handed to
// Jade.", styles103 17/10, is a step told and does not open so).

// pastEventOpening reports whether a sentence (ts, its tokens) opens on
// "last" and a period's or a weekday's possessive, on "this" and a part of
// the day's, or on "yesterday's" or a weekday's possessive.
func pastEventOpening(ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	switch ts[0] {
	case "last":
		w, ok := strings.CutSuffix(ts[1], "'s")
		return ok && (periodWords.has(w) || weekdays.has(w) || w == "month" || w == "year")
	case "this":
		w, ok := strings.CutSuffix(ts[1], "'s")
		return ok && occasionPart.has(w)
	}
	w, ok := strings.CutSuffix(ts[0], "'s")
	return ok && (w == "yesterday" || weekdays.has(w))
}
