//go:build !race

package factguard

const raceEnabled = false
