// Package examples bundles the example configuration and tickets into the
// binary, for `debrief serve --demo`.
package examples

import "embed"

// Files holds debrief.yaml, its logo.png and tickets/*.json.
//
//go:embed debrief.yaml logo.png tickets/*.json
var Files embed.FS
