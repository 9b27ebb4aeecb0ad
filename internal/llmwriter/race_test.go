package llmwriter

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled relaxes the load test's timing under the race detector, which
// slows the CPU work around each request several times over; its purpose there
// is finding data races.
const raceEnabled = racedetect.Enabled
