package main

import "github.com/debriefhq/debrief/internal/racedetect"

// raceEnabled: under the race detector TestCrashLosesNothing posts 500
// tickets rather than 2,000 (the race-built server's analyses were most of
// the package's time); .ci/run runs it with 2,000 without the race detector.
const raceEnabled = racedetect.Enabled
