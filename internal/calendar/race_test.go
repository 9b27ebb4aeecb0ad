package calendar

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled trims the property tests under the race detector, whose
// purpose there is finding data races, not breadth.
const raceEnabled = racedetect.Enabled
