package analysis

import "github.com/debriefhq/debrief/internal/reader"

// causeOnly reports whether sn, read as a restoration, is read as the cause
// too and as no step: staff's account of why it broke, which the reader's
// restored words took for the service back ("Our status screen wrongly kept
// showing \"Connected\", which is a bug we already have logged.", styles9
// 05; "Course completion rule is 'Completed only', so passed attempts stay
// In progress.", styles16 15; "Chaos licence service was on Manual start so
// it never came back.", styles36 07). It is no statement that the service
// came back, nor the moment it did: the first restoration is looked for after
// it. A cause told with the step that ended it ("Excluded our two motor
// options from the sync and mapped the new SKUs, active again 09:35.") is
// read as a step too and stays.
//
// Evidence (the summary's quoted restoration, not labelled one, then the
// next, labelled one): styles9 05, 13 07, 15 17, 16 15, 19 13, 21 16, 28
// 18, 36 07, 42 05, 50 15, 55 14, 63 14, 76 09, 86 15, 87 11, 88 02, 89 10,
// 89 11; no quote labelled restored was lost on the tuning sets.
func causeOnly(sn reader.Sentence) bool {
	return sn.Acts&reader.Cause != 0 && sn.Acts&reader.Fix == 0
}
