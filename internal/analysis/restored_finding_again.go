package analysis

import (
	"strings"
	"unicode"
)

// Where the fault is told again after the first restoration (a later
// problem, or the alert firing again), restoredAfterLater moves the quoted
// restoration, and the end of the impact, to the first restoration after
// that. Staff's note there, before any step taken since, is most often what
// they found while looking again, not the service back: "Window still
// clean." (styles103 09, before "Cable replaced and re-routed ..." and
// "We've put 200 reads through it since, with no misses."), "Windows clean
// this time." (styles19 05), "2 more chain-open events since visit 1 (Thu
// 15:58, today 08:41), ..." (styles27 09), "Backups fine, yesterday's fix
// only bought time." (styles50 06), "Second replacement delivered, DN-55344,
// on lot 2584 board (caliper 0.38)." (styles82 06). Such a note is passed
// over, as staffNoteBeforeFix passes over staff's note before the first fix:
// the restoration is the next one after it, or, where none follows, the
// first restoration stands. A word of the service back (confirms: "now",
// "again", "back", ...) or a test told passed (testPassed) keeps it, and so
// does a step read as a fix after the fault came back.
//
// Evidence (the quoted restoration labelled restored, tuning sets styles to
// styles114): 6 quotes move to a labelled restoration (styles3 26, 19 05, 27
// 09, 50 06, 82 06, 103 09), 3 from one labelled sentence to another
// (styles4 02, 29 12, 112 13), none lost; validation styles115-118 unchanged.

// findingAfterAgain reports whether text, a sentence read as a restoration
// after the fault was told again, is staff's (staff) finding before any step
// read as a fix since then (fixedAgain false): no word of the service back
// in it (confirms) and no test told passed (testPassed).
func findingAfterAgain(staff, fixedAgain bool, text string) bool {
	return staff && !fixedAgain && !confirms(text) && !testPassed(text)
}

// testPassed reports whether text tells a test of the service that passed:
// "Test label scanned OK on a driver handheld in the Leeds depot.", "Tested
// with the admin fob: 4.12 opens.", "Retest bed 18 cardiac -> pager 4410
// OK.". A word of a test (test, tested, retest, ...) and a word of it passing
// (ok, passed, fine, works, opens, arrived, "went through", "came
// through"); a test told failing or not passing ("test call still fails",
// "the test didn't go through") is none.
func testPassed(text string) bool {
	l := lower(text)
	if !strings.Contains(l, "test") {
		return false // the cheap test first
	}
	tested, passed := false, false
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "test", "tests", "tested", "testing", "retest", "retested":
			tested = true
		case "ok", "okay", "passed", "fine", "works", "worked", "opens", "opened", "arrived":
			passed = true
		case "not", "no", "never", "fails", "failed", "failing", "still":
			return false
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return false
		}
	}
	return tested && (passed || strings.Contains(l, "went through") || strings.Contains(l, "came through"))
}
