//go:build race

package calendar

// raceEnabled trims the property tests under the race detector, whose
// purpose there is finding data races, not breadth.
const raceEnabled = true
