package reader

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled reports whether the race detector is on: it slows the model's
// training about tenfold.
const raceEnabled = racedetect.Enabled
