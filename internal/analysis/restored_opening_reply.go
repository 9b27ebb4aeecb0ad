package analysis

import "github.com/debriefhq/debrief/internal/reader"

// The customer's opening (rd.Opening, their first public message) states the
// fault, so restoration passes over it. In a ticket staff or a system opened
// (a call note, an alert), the customer's first message may come after
// staff's step and answer it: "Reconnected, and all nine are in Xero now -
// Ruth's checked them against her list." (styles98 09), "Heating's on and
// the kids are warm again." (styles114 10), "The run is passed, the data of
// yesterday is in the warehouse now." (styles18 15), "Thank you, it has gone
// through now and the club can see him on their list." (styles116 07). Each
// was passed over as the opening, and the summary quoted staff's courtesy
// after it ("Thanks Jess, glad they're through.", "Resolved."), a step or a
// sentence of another message in its place, or no restoration at all.
//
// Round 223 (the quoted restoration labelled restored, tuning sets styles to
// styles122): 14 summaries with no restoration now quote a labelled one
// (styles22 12, 25 12, 34 18, 47 04, 51 01, 61 05, 68 11, 68 17, 72 09, 83
// 04, 92 08, 96 09, 98 05, 117 05), 5 move from a wrong quote to a labelled
// one (styles82 04, 98 09, 99 04, 114 10, 116 07), 11 move between labelled
// ones; 1 moves off a labelled one (styles60 02, the customer's answer about
// their own step), 2 new quotes are not labelled (styles106 12 "Thanks
// Leanne, got it.", 121 08, the customer's own step).

// openingPassed reports whether message mi may state the restoration as far
// as the opening goes: any message but the customer's opening, and the
// opening too where a step of staff's was read before it (fixed): the
// customer's first message then answers the work.
func openingPassed(mi int, rd *reader.Reading, fixed bool) bool {
	return mi != rd.Opening || fixed
}
