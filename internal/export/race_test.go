//go:build race

package export

// raceEnabled reports whether the race detector is on; it slows renders
// down about tenfold and changes heap figures.
const raceEnabled = true
