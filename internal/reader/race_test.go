//go:build race

package reader

// raceEnabled reports whether the race detector is on: it slows the model's
// training about tenfold.
const raceEnabled = true
