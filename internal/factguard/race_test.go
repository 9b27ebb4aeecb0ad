//go:build race

package factguard

// raceEnabled samples the real-data test under the race detector, whose purpose
// there is finding data races, not breadth.
const raceEnabled = true
