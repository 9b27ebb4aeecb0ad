package analysis

import "testing"

// TestComponentConsequence: the subject of what a cause statement tells
// after "so" or "which is why" is what the fault reached, not the component
// (styles84 06, styles89 05, styles104 07, styles118 11); a failure told
// after "because" names the component where the one before it is what it
// reached (styles9 12, styles 02, styles14 06). Written for the test.
func TestComponentConsequence(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"The controller restarted with its date reset to 2000, so every fob looked expired.", ""},
		// what the change was made to, before "so that", still names it
		{"An update on 19 March changed the barcode so that our drivers' scanners rejected it.", "the barcode"},
		{"Refunds are paid from that balance, so each refund request has failed.", ""},
		{"The export reads a cached copy, so each night it put the old boundaries back.", ""},
		{"The balance was empty, which is why the card payments failed.", ""},
		// the failure before the consequence names the component
		{"The label printer failed overnight, so nothing printed.", "the label printer"},
		{"Last night's payroll export failed, so nothing was sent.", "the payroll export"},
		// "because": the failure after it
		{"The reports stopped because the reporting server's data disk filled up.", "the reporting server's data disk"},
		{"The migration batch failed for 37 mailboxes because the licence assignment script timed out.", "the licence assignment script"},
		// near miss: nothing named after "because", the subject before it stays
		{"The nightly export failed because of a change we made.", "the nightly export"},
	} {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}
