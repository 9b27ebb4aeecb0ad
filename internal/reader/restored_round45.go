package reader

// Round 45 (docs/quality.md "Round 45"): two shapes of a restoration that any
// writer uses, read on the newest writers' missed rows.
//
// A test that passed, told by staff after the remedy (testPassed): a sentence
// that names a test ("test", "tested", "tests") and then the test's good
// result, in a verb or a word of the result ("opens", "arrived", "came up",
// "appeared", "routed", "accepted", "approved", "passed", "OK", "fine",
// "correct", "normally"):
//
//   - "Tested on our iOS 16.7 test phone, results open." (styles43);
//   - "Switched recorder input to USB audio, test recording in LT2 has
//     sound." (styles47: no result word, left), "Test app with 200k+60k
//     validates." (styles47);
//   - "Test booking made for tomorrow on Beckside, arrival email arrived in
//     4 minutes." (styles49);
//   - "C&C switched on for 231 at 08:00, test order 700-91002 routed to the
//     store." (styles46);
//   - "Scanned 3 tags as a test and all 3 came up in the session list."
//     (styles51);
//   - "I ran a two-minute test stream afterwards and it appeared on the
//     channel as Live" (styles53);
//   - older writers: "a test message to your test port was accepted"
//     (styles16), "a test call was answered by Leanne" (styles17), "machine
//     passed its functional test" (styles29), "Test print OK while on the
//     call." (styles30), "STAFF10 and FREQFLY both accepted on test
//     bookings." (styles36), "Self-test after power-up passed" (styles41).
//
// Only after a remedy (Context.AfterRemedy, Context.RemedyBefore) or in the
// sentence of staff's own step, as round 42's clean run: before one, a test
// that works is a fault not reproduced. Refused: a negation, a failure or a
// refusal ("denied", "refused", "rejected", "blocked", "failed"), a finding
// or a reproduction ("found", "repro'd"), an attempt ("tried"), a test
// environment ("staging", "UAT": isRestored's refusal too), the shared report
// stops (the future, a condition, a contrast, "still"). False rows these
// refuse: "Repro'd with a 9 MB test PDF on prod, fine on UAT." (styles6),
// "Tried disabling driver signature enforcement as a test - driver loads"
// (styles8), "Staging: tested with 3 products, all fine." (styles40); and
// "attached" is no result ("Test report attached.", styles5; "I've sent your
// test file through it, output attached.", styles14; "... on your test site
// ... attached", styles47).
//
// "Done" and a state now, told by staff (doneNow): a staff sentence that
// opens with "Done" or "All done" and a dash, colon or comma, and then says
// what holds "now":
//
//   - "Done - you're now the technical contact for Greyfield." (styles43);
//   - "Done - Calum's licence is now Artis's, operator level, same login as
//     Windows." (styles51);
//   - "Done - SSRI 11-0087 is now in the offline cache on 09P1 and 09P2"
//     (styles54);
//   - "Done, \"UK Annual Leave\" is now set to \"Automatic at year end\""
//     (styles7), "Done: your season pass is now on KeyCard ..." (styles19),
//     "Done: all 23 templates are now owned by ..." (styles26), and the
//     model's rows of the same shape in styles5, 13, 29, 36, 37, 47 and 50.
//
// Labelled fix only: "Done - the button now reads ..." (styles3), "Done: PO
// numbers are now mandatory ..." (styles48). Without "now" the labels split
// ("Done - I've renamed the plugin's folder", fix, styles6; "Done - I've
// given your user the Amendments permission", fix and restored, styles10),
// so the form wants the state.

// testMarks name a test.
var testMarks = map[string]bool{"test": true, "tested": true, "tests": true}

// testPassWords are a test's good result.
var testPassWords = map[string]bool{"open": true, "opens": true, "opened": true, "validates": true,
	"validated": true, "arrived": true, "came": true, "appeared": true, "routed": true, "routes": true,
	"loads": true, "loaded": true, "connect": true, "connects": true, "connected": true,
	"accepted": true, "approved": true, "passed": true, "passing": true, "answered": true,
	"reached": true, "ok": true, "fine": true, "correct": true, "normally": true,
	"succeeding": true, "delivered": true, "printed": true, "works": true, "worked": true,
	"play": true, "plays": true}

// testPassStops refuse the sentence: the shared report stops, a failure, a
// refusal, a finding.
var testPassStops = withReportStops("denied", "refused", "rejected", "blocked", "declined", "error",
	"errors", "found", "fail", "should", "could", "side", "tried", "repro'd", "reproduced", "reproduce",
	"staging", "uat")

// testPassed reports staff's passed test of the form above; the caller checks
// the role and the context. It keeps round 15's refusals of testReached
// (restored_staff.go): a partial count ("45/50 delivered"), work that
// remains, a suite's result ("regression tests passed"), a test stage
// ("test phase done") and a plan ("we'd like to test"); and the result must
// come within twelve words after the test, in its own clause ("... on your
// test site ... the Data availability field (mandatory, validated as a
// DOI)", styles47, is a setting fifteen words on).
func testPassed(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 || partialSlash(text, ts) || workRemains(ts) {
		return false
	}
	test, pass := -1, -1
	for k, t := range ts {
		if testPassStops[t] {
			return false
		}
		switch t {
		case "unit", "regression", "integration", "ci", "e2e", "automated", "indicates", "suggests":
			return false
		}
		if testMarks[t] && test < 0 {
			test = k
		}
		if testPassWords[t] && pass < 0 && (test >= 0 || t == "passed") {
			pass = k
		}
	}
	if test < 0 || pass < 0 || pass-test > 12 {
		return false
	}
	if test+1 < len(ts) && testStage[ts[test+1]] || test > 0 && (ts[test-1] == "to" || ts[test-1] == "another") {
		return false
	}
	return !negAt(ts, 0, len(ts))
}

// doneNowStops refuse the sentence: a negation, a contrast, a fault that
// stays, a condition, a request.
var doneNowStops = map[string]bool{"but": true, "still": true, "if": true, "unless": true,
	"please": true, "need": true, "needs": true, "until": true, "once": true}

// doneNow reports staff's "Done - X is now Y" of the form above; the caller
// checks the role.
func doneNow(text string, ts []string) bool {
	k := 1
	if len(ts) > 1 && ts[0] == "all" && ts[1] == "done" {
		k = 2
	} else if len(ts) == 0 || ts[0] != "done" {
		return false
	}
	if len(ts) < k+3 || !doneBreak(text) {
		return false
	}
	now := false
	for _, t := range ts[k:] {
		if doneNowStops[t] {
			return false
		}
		now = now || t == "now"
	}
	return now && !negAt(ts, k, len(ts))
}

// doneBreak reports "done" followed at once by a dash, colon or comma.
func doneBreak(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if text[i] != 'd' && text[i] != 'D' || text[i+1:i+4] != "one" {
			continue
		}
		rest := text[i+4:]
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		return len(rest) > 0 && (rest[0] == '-' || rest[0] == ':' || rest[0] == ',' || len(rest) >= 3 && rest[:3] == "–")
	}
	return false
}

// firstGoStops refuse a "first time" or "straight through" sentence: the
// shared report stops, a time to come ("when"), a fault that happens at once
// ("closes straight away"), a refusal.
var firstGoStops = withReportStops("when", "whenever", "closes", "closed", "crashes", "crashed", "dies", "died",
	"declined", "rejected", "rejects", "refused", "error", "errors", "should", "could",
	"can", "makes", "make", "become", "becomes", "click", "choose")

// firstGo reports a thing that worked at the first go, told by anyone after
// the opening (see the file's comment): "first time" (not "the first time",
// "for the first time"), "straight through", "straight away", "straight in".
func firstGo(ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 {
		return false
	}
	mark := false
	for k, t := range ts {
		if firstGoStops[t] {
			return false
		}
		if k+1 >= len(ts) {
			continue
		}
		switch {
		case t == "first" && ts[k+1] == "time" && (k == 0 || ts[k-1] != "the" && ts[k-1] != "a" && ts[k-1] != "for"):
			mark = true
		case t == "straight" && (ts[k+1] == "through" || ts[k+1] == "away" || ts[k+1] == "in"):
			mark = true
		}
	}
	return mark && !negAt(ts, 0, len(ts))
}

// A customer's bare thanks is no restoration (bareThanks, a refusal before
// the restored rules): a sentence of thanks and praise words alone, with no
// thing, person or result named, read after a remedy by "after a remedy":
// "Thanks both!" (styles17), "Great, thanks all." (styles25), "Thanks
// both." (styles32), "That's great, thank you." (styles43), "Thanks again!"
// (styles53), each unlabelled. No rule read a labelled one of this shape
// (the writers who label bare thanks as restored, styles, 3, 12, 13 and 23,
// are already missed), so no true row is lost. "Got it, thanks" and "Perfect,
// found it" name what was got and stay.

// thanksOnly are the words of bare thanks and praise.
var thanksOnly = map[string]bool{"thanks": true, "thank": true, "you": true, "both": true, "all": true,
	"again": true, "great": true, "that's": true, "so": true, "much": true, "very": true, "many": true,
	"cheers": true, "lovely": true, "brilliant": true, "perfect": true, "excellent": true, "wonderful": true,
	"guys": true, "team": true, "ta": true, "amazing": true, "fantastic": true}

// bareThanks reports a sentence of thanks and praise words alone, with a
// word of thanks among them.
func bareThanks(ts []string) bool {
	thanks := false
	for _, t := range ts {
		if !thanksOnly[t] {
			return false
		}
		thanks = thanks || t == "thanks" || t == "thank" || t == "cheers" || t == "ta"
	}
	return thanks
}
