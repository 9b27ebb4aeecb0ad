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

// pastEventOpening reports whether a sentence (ts, its tokens) opens on
// "last" and a period's or a weekday's possessive.
func pastEventOpening(ts []string) bool {
	if len(ts) < 4 || ts[0] != "last" {
		return false
	}
	w, ok := strings.CutSuffix(ts[1], "'s")
	return ok && (periodWords.has(w) || weekdays.has(w) || w == "month" || w == "year")
}
