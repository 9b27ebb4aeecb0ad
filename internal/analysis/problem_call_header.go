package analysis

import "regexp"

// namedCallHeader opens the header of staff's note of a call that names its
// line or kind before "call" and gives the time ("Breakdown line call 19:52
// from Mr P. Okonjo on Damselfly (hire BW-24117), moored below Hadley
// Locks.", styles114 10; "Out-of-hours call 05:38 from traveller Stephen
// Marsh ...", styles49 15; "Phone call 18:47 from ...", styles10 09), or
// says it was logged ("Logged call - Gemma Holt, StoreSafe Dunstable.",
// styles24 06; "Logged call 16:12, Dean Hollins ...", styles117 10). Twelve
// such headers open staff's notes in eleven tuning writers and none is
// labelled the problem; styles114 10's "Breakdown" read as a fault word
// there, and the header was quoted over the labelled "Central heating
// (diesel heater) won't start: ..." after it.
var namedCallHeader = regexp.MustCompile(`^(?:(?:[a-z-]+ ){1,2}call \d{1,2}[:.]\d{2} from|logged call)\b`)
