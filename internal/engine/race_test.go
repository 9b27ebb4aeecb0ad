package engine

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled: under the race detector the two data-driven tests that take
// most of the package's time (TestStylesSummaries, TestMendeleyRealTickets)
// analyse a fixed subset of their tickets, as data races need breadth of code,
// not of data; .ci/run runs both in full without it.
const raceEnabled = racedetect.Enabled
