//go:build !race

package llmwriter

const raceEnabled = false
