package reader

import "testing"

// TestDiagnosticStep: a step taken to test or to trace is no remedy (round
// 244, fix_diagnostic_step.go). The near misses remove or turn off a debug
// setting, fit a part named trace, plan a replication, or report the test of
// a remedy just made. The sentences are invented in the shapes seen.
func TestDiagnosticStep(t *testing.T) {
	refused := []wordingCase{
		{"we got the new build from the vendor, now we are testing the new build in staging.", staffBefore, 0, Fix},
		{"we have installed the patched library to trace the failing calls.", staffBefore, 0, Fix},
		{"We're testing the fixes the developers sent over.", staffBefore, 0, Fix},
		{"while the branch is testing the package we applied on uat they saw the same error.", staffBefore, 0, Fix},
		{"I enabled verbose logging on the gateway for troubleshooting.", staffBefore, 0, Fix},
	}
	for _, c := range refused {
		if !diagnosticStep(tokens(c.text, nil)) {
			t.Errorf("%q: not read as a diagnostic step", c.text)
		}
	}
	checkWording(t, refused)
	kept := []string{
		"They deleted the old logs, turned debug logging off and restarted the service.",
		"Removed the debug flag and redeployed the app.",
		"A new trace heater was fitted on the pipe.",
		"I tested it by pulling the supply for a minute and everything stayed up.",
		"we need to replicate the case on the new server, to debug and apply fixes if needed.",
	}
	for _, s := range kept {
		if diagnosticStep(tokens(s, nil)) {
			t.Errorf("%q: read as a diagnostic step", s)
		}
	}
}
