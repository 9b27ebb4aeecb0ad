package factguard

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled samples the real-data test under the race detector, whose purpose
// there is finding data races, not breadth.
const raceEnabled = racedetect.Enabled
