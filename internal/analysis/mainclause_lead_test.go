package analysis

import "testing"

// TestMainClauseLead: the main clause of a reported cause starts after an
// announcement's object and its colon or dash, and the reporting words of a
// statement that nobody reports are not cut at (mainclause_lead.go). The
// cases are written for the test.
func TestMainClauseLead(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// an announcement's object before a colon or a dash
		{"The vendor found it: the nightly export skipped every file over 2 GB.", "the nightly export skipped every file over 2 GB."},
		{"We've found why: the relay dropped its lease after the switch restarted.", "the relay dropped its lease after the switch restarted."},
		{"Our team found the real problem today: a valve in the boiler had seized shut.", "a valve in the boiler had seized shut."},
		{"I can see what happened: your card was charged before the booking saved.", "your card was charged before the booking saved."},
		{"Found it - the scheduler lost its timezone after Monday's upgrade.", "the scheduler lost its timezone after Monday's upgrade."},
		{"Harbour Net confirm (ticket HN-2201): their router rejected the new certificate chain.", "their router rejected the new certificate chain."},
		{"Identified - The outage was traced to a failed link at the exchange.", "The outage was traced to a failed link at the exchange."},
		// near misses: the colon belongs to the statement, or too little follows it
		{"We found that the 09:00 batch ran twice on Monday.", "the 09:00 batch ran twice on Monday."},
		{"Found it: disk full.", "Found it: disk full."},
		{"We found the job queue, the cache and the index were all stale: rebuilt.", "the job queue, the cache and the index were all stale: rebuilt."},
		// reporting words that report nothing
		{"After the move, the right to see invoices was taken from the finance role.", "After the move, the right to see invoices was taken from the finance role."},
		{"The new host identified itself with a different key, so the upload was refused.", "The new host identified itself with a different key, so the upload was refused."},
		// what was cut before stays cut
		{"Kindly note that after our investigation we found that the disk was full.", "the disk was full."},
	} {
		if got := mainClause(tc.text); got != tc.want {
			t.Errorf("mainClause(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestQuoteTrailingColon: a quote does not end in the colon that opened the
// list or command its sentence stopped before.
func TestQuoteTrailingColon(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Both printers are now set up:", "\u201cBoth printers are now set up\u201d"},
		{"Please run this on each server :", "\u201cPlease run this on each server\u201d"},
		{"The rule is simple: retry twice.", "\u201cThe rule is simple: retry twice\u201d"},
		{"Restarted at 10:15.", "\u201cRestarted at 10:15\u201d"},
	} {
		if got := quote(tc.in); got != tc.want {
			t.Errorf("quote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
