//go:build race

// Package racedetect tells whether the binary was built with the race
// detector, for tests that sample their data there (data races need breadth
// of code, not of data) or relax their timing; .ci/run runs them in full
// without it.
package racedetect

// Enabled reports whether the race detector is on.
const Enabled = true
