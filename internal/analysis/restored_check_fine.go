package analysis

import (
	"strings"
	"unicode"

	"github.com/debriefhq/debrief/internal/reader"
)

// checkFineFaultElsewhere reports whether text is staff's check found fine
// set against the fault that stands, with a dash between: "gps-ingest
// healthy, queue empty - positions just aren't arriving." (styles32 10),
// "Ingest workers healthy, queue empty - the data just isn't arriving."
// (styles43 01), "Gateway pods all green, queue depth flat at 0 - nothing is
// arriving, it isn't piling up." (styles26 01), "AVL ingest service up, no
// errors, queue empty - nothing arriving from Telemetrix." (styles79 10),
// "I've had a look, and this wasn't caused by Monday's update - everyone
// else's calendars are syncing normally." (styles66 18). The reader's
// restored words take the part found fine for the service back; before any
// fix (the caller asks) it is a finding, and each was the summary's quoted
// restoration, none labelled one. A word of a thing found fine (healthy,
// green, fine, up, normal, normally, ok), a negation (not, nothing, -n't)
// and a dash; a note of the service back without a dash ("Latency back to
// normal, not seen an error since 16:40") stays.
func checkFineFaultElsewhere(text string) bool {
	// The cheap test first: a dash and a negation's letters.
	if !strings.Contains(text, " - ") && !strings.Contains(text, " – ") {
		return false
	}
	if !strings.ContainsAny(text, "'’") && !strings.Contains(text, "not") && !strings.Contains(text, "othing") {
		return false
	}
	fine, negated := false, false
	for _, w := range strings.FieldsFunc(lower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w = reader.StraightApostrophes(w); {
		case w == "healthy", w == "green", w == "fine", w == "up", w == "normal", w == "normally", w == "ok":
			fine = true
		case w == "not", w == "nothing", strings.HasSuffix(w, "n't"):
			negated = true
		}
	}
	return fine && negated
}
