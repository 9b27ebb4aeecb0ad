package export

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled reports whether the race detector is on; it slows renders
// down about tenfold and changes heap figures.
const raceEnabled = racedetect.Enabled
